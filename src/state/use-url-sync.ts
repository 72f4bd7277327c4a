import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { knownKeysOfData } from '../data/load-reference';
import { yearRange } from '../data/waves';
import { NO_SECTOR } from './filters';
import { ensureQpvPoints } from './qpv-actions';
import { ensureTerritoryFiles, territoryKnown } from './territory-actions';
import { getState, setLang, setState, useAppStore, wantedLang, type AppState } from './store';
import {
  DEFAULT_SNAPSHOT,
  applyPatch,
  decode,
  encode,
  pruneStale,
  snapshotOf,
  type UrlPatch,
  type UrlSnapshot,
} from './url-state';

/**
 * Puts a decoded link into the store; a view from a link is shown without animation. The
 * language is left alone unless `withLang`: pruning a stale pole must not cancel a switch to
 * English still loading.
 */
function applyToStore(patch: UrlPatch, base: UrlSnapshot, withLang: boolean) {
  const next = applyPatch(base, patch);
  setState((s) => ({
    filters: next.filters,
    selectedId: next.selectedId,
    embed: next.embed,
    qpvLayer: next.qpvLayer,
    selectedQpv: next.selectedQpv,
    hiddenLayerIds: next.hiddenLayerIds,
    baseLayer: next.baseLayer,
    territory: next.territory,
    ...(patch.view ? { view: patch.view, viewSeq: s.viewSeq + 1 } : {}),
  }));
  if (next.territory !== null) {
    ensureTerritoryFiles();
    ensureQpvPoints();
  }
  // setLang waits for the English strings before switching. English that failed to load is
  // not fetched again at each history step: the status line offers a retry.
  const failed = next.lang === 'en' && getState().english === 'failed';
  if (withLang && next.lang !== wantedLang() && !failed) void setLang(next.lang);
}

/**
 * Before the first render: the language of the address, with its strings loaded, so that a link
 * in English is English from its first render. Never rejects: should the English strings fail,
 * setLang leaves the page French and says so.
 */
export function languageOfAddress(search: string): Promise<void> {
  return decode(search).patch.lang === 'en' ? setLang('en') : Promise.resolve();
}

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

function urlFor(query: string): string {
  const { pathname, hash } = window.location;
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/**
 * Keeps the address in step with the store, both ways. A new selection is a new history entry
 * (Back and Forward move through selections); view, filters and language replace the current
 * one, so panning does not flood the history. Returns what a link asked for and could not be
 * applied, for a quiet notice.
 */
export function useUrlSync() {
  const [ignored, setIgnored] = useState<string[]>([]);
  const addIgnored = useCallback(
    (names: string[]) =>
      names.length > 0 &&
      setIgnored((prev) => [...prev, ...names.filter((n) => !prev.includes(n))]),
    [],
  );
  // While the store follows the address (first load, Back/Forward), the address must not
  // follow the store back with a new history entry.
  const following = useRef(false);

  useLayoutEffect(() => {
    const write = (state: AppState, previous: AppState) => {
      const query = encode(snapshotOf(state));
      if (query === currentQuery()) return;
      // Embedded, the history is the host page's: its Back button should leave the page,
      // not step through the selections made in the frame.
      const newSelection =
        (state.selectedId !== previous.selectedId || state.territory !== previous.territory) &&
        !following.current &&
        !state.embed;
      if (newSelection) window.history.pushState(null, '', urlFor(query));
      else window.history.replaceState(null, '', urlFor(query));
    };
    const follow = (search: string, base: UrlSnapshot) => {
      const { patch, ignored: bad } = decode(search);
      following.current = true;
      try {
        applyToStore(patch, base, true);
        // Writes the canonical address: malformed parameters leave it.
        write(getState(), getState());
      } finally {
        following.current = false;
      }
      return bad;
    };

    addIgnored(follow(window.location.search, snapshotOf(getState())));
    const unsubscribe = useAppStore.subscribe(write);

    // Once the poles are known, a link from an older data set may name a pole or sector that
    // is gone: it is dropped and named in the notice.
    let pruned = false;
    const prune = (state: AppState) => {
      if (pruned || state.poles.state !== 'ready') return;
      pruned = true;
      const data = state.poles.value;
      const known = {
        poleIds: new Set(data.poles.map((p) => p.id)),
        sectorKeys: new Set([...data.sectors.map((s) => s.key), NO_SECTOR]),
        waveCodes: knownKeysOfData(data).waves,
        waveYears: yearRange(data.waves),
      };
      const snapshot = snapshotOf(state);
      const { patch, ignored: stale } = pruneStale(snapshot, known);
      if (stale.length === 0) return;
      following.current = true;
      try {
        applyToStore(patch, snapshot, false);
      } finally {
        following.current = false;
      }
      addIgnored(stale);
    };
    prune(getState());
    const unsubscribePrune = useAppStore.subscribe(prune);
    // A territory code is checked once its file is in: one that names nothing is dropped.
    const pruneTerritory = (state: AppState) => {
      if (territoryKnown(state) !== false) return;
      following.current = true;
      try {
        applyToStore({ territory: null }, snapshotOf(state), false);
      } finally {
        following.current = false;
      }
      addIgnored(['territoire']);
    };
    pruneTerritory(getState());
    const unsubscribeTerritory = useAppStore.subscribe(pruneTerritory);
    const onPop = () => {
      // A history entry without a parameter means its default, except the view, which
      // stays where it is when the entry did not record one.
      // The basemap is a preference of this browser rather than part of a view: it stays too.
      const base = { ...DEFAULT_SNAPSHOT, view: getState().view, baseLayer: getState().baseLayer };
      addIgnored(follow(window.location.search, base));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      unsubscribePrune();
      unsubscribeTerritory();
      window.removeEventListener('popstate', onPop);
    };
  }, [addIgnored]);

  const dismiss = useCallback(() => setIgnored([]), []);
  return { ignored, dismiss };
}
