import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Commune } from '../data/communes';
import { useT } from '../state/use-t';
import type { T } from '../i18n/messages';
import { comboboxKey, type ComboState } from '../search/combobox-keys';
import { fold, queryWords, wordsMatch } from '../search/normalize';
import { indexPoles, searchPoles, type PoleHit } from '../search/search-poles';
import {
  indexTerritories,
  searchTerritories,
  type TerritoryEntry,
} from '../search/search-territories';
import { territoryCode } from '../data/territory-code';
import { ensureTerritoryFiles, openTerritory } from '../state/territory-actions';
import { useCommunes } from '../search/use-communes';
import { selectPole, setState, useAppStore } from '../state/store';
import { SectorSymbol } from './SectorSymbol';
import './search.css';

interface CommuneHit {
  commune: Commune;
  /** The postcode that matched, when the query was one. */
  postcode: string | null;
}

type Option =
  | { kind: 'pole'; hit: PoleHit }
  | { kind: 'territory'; hit: TerritoryEntry }
  | { kind: 'commune'; hit: CommuneHit };

function territoryDetail(entry: TerritoryEntry, t: T): string {
  if (entry.ref.kind === 'reg') return t('terrKind_reg');
  if (entry.ref.kind === 'dep') return `${t('terrKind_dep')} (${entry.ref.code})`;
  return t('terrSiren', { code: entry.ref.code });
}

function communeLabel(hit: CommuneHit): string {
  return `${hit.commune.name} (${hit.commune.dept})`;
}

// The index treats "saint" as "st", so a query "saint" also lists "Still": keep only names in
// which every word of the query starts a word.
function nameMatches(name: string, query: string): boolean {
  return wordsMatch(queryWords(query), fold(name).split(' '));
}

function communeHitsFor(communes: readonly Commune[], query: string): CommuneHit[] {
  const q = query.replace(/\s+/g, '');
  const digits = /^\d+$/.test(q);
  return communes
    .filter((c) => digits || nameMatches(c.name, query))
    .slice(0, 6)
    .map((commune) => ({
      commune,
      postcode: digits
        ? ([commune.postcode, ...commune.altPostcodes].find((p) => p.startsWith(q)) ?? null)
        : null,
    }));
}

function poleDetail(hit: PoleHit, t: T): string {
  const where = hit.pole.commune || hit.pole.region;
  if (hit.field === 'quartier') return `${t('searchMatchQuartier')} ${hit.matched} · ${where}`;
  if (hit.field === 'secteur') return `${t('searchMatchSector')} ${hit.matched} · ${where}`;
  return where;
}

/**
 * Finds poles (name, commune, neighbourhood, sector) and French communes (name, postcode), as a
 * WAI-ARIA combobox with a grouped listbox. The commune files load on the first keystroke.
 */
export function SearchBox() {
  const t = useT();
  const id = useId();
  const polesData = useAppStore((s) => s.poles);
  const [query, setQuery] = useState('');
  const [combo, setCombo] = useState<ComboState>({ open: false, active: -1 });
  const [announce, setAnnounce] = useState('');
  const deferred = useDeferredValue(query);
  const [communes, requestCommunes] = useCommunes();
  // Territory names come with the first keystroke too (territoires.json, epci.json).
  const territoires = useAppStore((s) => s.territoires);
  const epci = useAppStore((s) => s.epci);
  const territoryIndex = useMemo(
    () =>
      territoires.state === 'ready'
        ? indexTerritories(territoires.value, epci.state === 'ready' ? epci.value : null)
        : null,
    [territoires, epci],
  );
  const territoryHits = useMemo(
    () => (territoryIndex ? searchTerritories(territoryIndex, deferred, 5) : []),
    [territoryIndex, deferred],
  );

  const index = useMemo(
    () =>
      polesData.state === 'ready'
        ? indexPoles(polesData.value.poles, polesData.value.sectors)
        : null,
    [polesData],
  );
  const poleHits = useMemo(() => (index ? searchPoles(index, deferred, 6) : []), [index, deferred]);
  const communeHits = useMemo(
    () =>
      communes.state === 'ready' && deferred.trim().length >= 2
        ? communeHitsFor(communes.index.search(deferred, 20), deferred)
        : [],
    [communes, deferred],
  );
  const options: Option[] = [
    ...poleHits.map((hit) => ({ kind: 'pole' as const, hit })),
    ...territoryHits.map((hit) => ({ kind: 'territory' as const, hit })),
    ...communeHits.map((hit) => ({ kind: 'commune' as const, hit })),
  ];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const hasQuery = deferred.trim() !== '';
  const expanded = combo.open && options.length > 0;

  const choose = (option: Option) => {
    setCombo({ open: false, active: -1 });
    if (option.kind === 'pole') {
      setQuery(option.hit.pole.nom);
      setAnnounce('');
      selectPole(option.hit.pole.id, true);
    } else if (option.kind === 'territory') {
      setQuery(option.hit.nom);
      setAnnounce('');
      openTerritory(territoryCode(option.hit.ref));
    } else {
      const label = communeLabel(option.hit);
      setQuery(option.hit.commune.name);
      setAnnounce(t('searchWentTo', { name: label }));
      setState({ place: { label, lat: option.hit.commune.lat, lon: option.hit.commune.lon } });
    }
  };

  let status = '';
  if (hasQuery && combo.open) {
    if (options.length > 0) status = t('searchCount', { n: options.length });
    else if (communes.state === 'loading') status = t('searchLoading');
    else status = t('searchNone', { q: deferred.trim() });
  }
  if (hasQuery && communes.state === 'error') status = `${status} ${t('searchCommunesFailed')}`;

  const renderOption = (option: Option, i: number) => {
    const active = i === combo.active;
    return (
      <li
        key={optionId(i)}
        id={optionId(i)}
        role="option"
        aria-selected={active}
        className={`search__option${active ? ' is-active' : ''}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => choose(option)}
      >
        {option.kind === 'pole' ? (
          <>
            <SectorSymbol sector={option.hit.pole.secteurs[0]} />
            <span className="search__text">
              <span className="search__name">{option.hit.pole.nom}</span>
              <span className="search__detail">{poleDetail(option.hit, t)}</span>
            </span>
          </>
        ) : option.kind === 'territory' ? (
          <span className="search__text">
            <span className="search__name">{option.hit.nom}</span>
            <span className="search__detail">{territoryDetail(option.hit, t)}</span>
          </span>
        ) : (
          <span className="search__text">
            <span className="search__name">{communeLabel(option.hit)}</span>
            {option.hit.postcode && <span className="search__detail">{option.hit.postcode}</span>}
          </span>
        )}
      </li>
    );
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        className="search__input"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && combo.active >= 0 ? optionId(combo.active) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAnnounce('');
          if (e.target.value.trim() !== '') {
            requestCommunes();
            ensureTerritoryFiles();
          }
          setCombo({ open: e.target.value.trim() !== '', active: -1 });
        }}
        onKeyDown={(e) => {
          const action = comboboxKey(combo, e.key, options.length);
          if (action.kind === 'ignore' || (action.kind === 'clear' && query === '')) return;
          e.preventDefault();
          // Escape here must not also close the details panel.
          e.stopPropagation();
          if (action.kind === 'move') setCombo(action.state);
          else if (action.kind === 'clear') {
            // Clearing the search also takes the searched commune's marker away.
            setQuery('');
            setState({ place: null });
          } else choose(options[action.index]!);
        }}
        onBlur={() => setCombo({ open: false, active: -1 })}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('searchHint')}
      </span>
      <div
        id={listId}
        role="listbox"
        aria-label={t('searchLabel')}
        className="search__list"
        hidden={!expanded}
      >
        {poleHits.length > 0 && (
          <ul role="group" aria-labelledby={`${id}-g-poles`}>
            <li role="presentation" id={`${id}-g-poles`} className="search__group">
              {t('searchPoles')}
            </li>
            {poleHits.map((hit, i) => renderOption({ kind: 'pole', hit }, i))}
          </ul>
        )}
        {territoryHits.length > 0 && (
          <ul role="group" aria-labelledby={`${id}-g-territories`}>
            <li role="presentation" id={`${id}-g-territories`} className="search__group">
              {t('terrSearchGroup')}
            </li>
            {territoryHits.map((hit, i) =>
              renderOption({ kind: 'territory', hit }, poleHits.length + i),
            )}
          </ul>
        )}
        {communeHits.length > 0 && (
          <ul role="group" aria-labelledby={`${id}-g-communes`}>
            <li role="presentation" id={`${id}-g-communes`} className="search__group">
              {t('searchCommunes')}
            </li>
            {communeHits.map((hit, i) =>
              renderOption({ kind: 'commune', hit }, poleHits.length + territoryHits.length + i),
            )}
          </ul>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {announce || status}
      </p>
    </div>
  );
}
