import { useMemo } from 'react';
import {
  countBySector,
  countByWave,
  francePopulation,
  poleOnTerritory,
  profileFigures,
  qpvNearCounts,
  qpvOnTerritory,
  resolveTerritory,
  type ProfileFigures,
  type Resolution,
} from '../../analysis/territory-profile';
import type { CountEntry } from '../../analysis/stats';
import type { QpvPoint } from '../../data/qpv-points';
import { parseTerritoryCode } from '../../data/territories';
import type { Pole, Wave } from '../../data/types';
import { useAppStore } from '../../state/store';
import { useQpvCategories } from '../../state/use-qpv-categories';
import { useVisiblePoles } from '../../state/use-visible-poles';

export type QpvList =
  { state: 'loading' } | { state: 'error' } | { state: 'ready'; list: QpvPoint[] };

export interface TerritoryProfile {
  resolution: Resolution | { state: 'loading' } | { state: 'error' };
  epciFailed: boolean;
  poles: Pole[];
  byWave: CountEntry[];
  bySector: CountEntry[];
  qpv: QpvList;
  near: { near: number; known: number };
  /** Whether the QPV relation of the poles has been computed. */
  analysed: boolean;
  figures: ProfileFigures | null;
}

/**
 * The open territory's profile, from the same filtered poles as the map (useVisiblePoles):
 * which poles count, by wave and sector, its QPV, and three ratios against France.
 */
export function useTerritoryProfile(
  allPoles: readonly Pole[],
  waves: readonly Wave[],
): TerritoryProfile {
  const code = useAppStore((s) => s.territory);
  const territoires = useAppStore((s) => s.territoires);
  const epci = useAppStore((s) => s.epci);
  const qpvPoints = useAppStore((s) => s.qpvPoints);
  const relations = useAppStore((s) => s.qpvRelations);
  const categories = useQpvCategories();
  const visible = useVisiblePoles(allPoles);

  const resolution = useMemo((): TerritoryProfile['resolution'] => {
    const ref = code ? parseTerritoryCode(code) : null;
    if (!ref) return { state: 'unknown' };
    if (territoires.state === 'error') return { state: 'error' };
    if (territoires.state !== 'ready') return { state: 'loading' };
    if (ref.kind === 'epci' && (epci.state === 'loading' || epci.state === 'idle'))
      return { state: 'loading' };
    return resolveTerritory(ref, territoires.value, epci.state === 'ready' ? epci.value : null);
  }, [code, territoires, epci]);

  return useMemo(() => {
    const territory = resolution.state === 'found' ? resolution.territory : null;
    const poles = territory ? visible.filter((p) => poleOnTerritory(p, territory)) : [];
    const qpv: QpvList =
      qpvPoints.state === 'ready'
        ? {
            state: 'ready',
            list: territory
              ? qpvPoints.value.points
                  .filter((q) => qpvOnTerritory(q, territory))
                  .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
              : [],
          }
        : qpvPoints.state === 'error'
          ? { state: 'error' }
          : { state: 'loading' };
    const figures =
      territory && territoires.state === 'ready' && qpv.state === 'ready'
        ? profileFigures({
            territoryPoles: poles,
            francePoles: visible,
            territoryPopulation: territory.population,
            francePopulation: francePopulation(territoires.value),
            territoryQpv: qpv.list.length,
            franceQpv: qpvPoints.state === 'ready' ? qpvPoints.value.points.length : 0,
            categories,
          })
        : null;
    return {
      resolution,
      epciFailed: epci.state === 'error',
      poles,
      byWave: countByWave(poles, waves),
      bySector: countBySector(poles),
      qpv,
      near: qpvNearCounts(poles, categories),
      analysed: Object.keys(relations).length > 0,
      figures,
    };
  }, [resolution, visible, qpvPoints, territoires, categories, relations, epci, waves]);
}
