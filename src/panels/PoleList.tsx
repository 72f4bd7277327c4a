import { useMemo } from 'react';
import type { PolesData } from '../data/load-reference';
import { unfundedCodes } from '../data/waves';
import { useT } from '../state/use-t';
import { selectPole, useAppStore } from '../state/store';
import { useVisiblePoles } from '../state/use-visible-poles';
import { ListCoverage, ListProposals } from './corrections/ListCoverage';
import { SectorSymbol } from './SectorSymbol';
import { placeText } from './place-text';

/** The list of poles: a complete alternative to the map, including the poles not on it. */
export function PoleList({ data }: { data: PolesData }) {
  const t = useT();
  const selectedId = useAppStore((s) => s.selectedId);
  const shown = useVisiblePoles(data.poles);
  const departementNames = useAppStore((s) =>
    s.basemap.state === 'ready' ? s.basemap.value.departementNames : null,
  );
  const unfunded = useMemo(() => unfundedCodes(data.waves), [data.waves]);
  const visible = useMemo(
    () => [...shown].sort((a, b) => a.nom.localeCompare(b.nom, 'fr')),
    [shown],
  );
  return (
    <section className="panel pole-list" aria-labelledby="list-title" id="pole-list" tabIndex={-1}>
      <h2 id="list-title">{t('listTitle')}</h2>
      <p className="pole-list__count">
        {t('listCount', { shown: visible.length, total: data.poles.length })}
      </p>
      <ListCoverage data={data} />
      <ul>
        {visible.map((p) => {
          const located = p.lat !== null;
          const approx = p.precision === 'commune' || p.precision === 'departement';
          return (
            <li key={p.id}>
              <button
                type="button"
                className="pole-list__item"
                aria-current={p.id === selectedId ? 'true' : undefined}
                data-pole-id={p.id}
                onClick={() => selectPole(p.id, true)}
              >
                <SectorSymbol
                  sector={p.secteurs[0]}
                  approximate={approx}
                  accompanied={unfunded.has(p.appel)}
                />
                <span className="pole-list__name">{p.nom}</span>
                <span className="pole-list__place">
                  {placeText(p, departementNames, t)}
                  {!located && <span className="tag tag--warn"> · {t('notOnMap')}</span>}
                  {approx && <span className="tag"> · {t('approxShort')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ListProposals />
    </section>
  );
}
