import type { QpvPoint } from '../data/qpv-points';
import type {
  Epci,
  EpciType,
  TerritoiresData,
  TerritoryKind,
  TerritoryRef,
} from '../data/territories';
import type { Pole } from '../data/types';
import type { QpvFilterCategory } from './qpv-relation';
import { countBySector, countByWave } from './stats';
import { foldName } from './pole-territories';

/** A territory resolved against the data: what its profile counts with. */
export interface Territory {
  kind: TerritoryKind;
  code: string;
  nom: string;
  /** Sum of its communes' municipal population; null when unknown. */
  population: number | null;
  /** Its départements (one for a département; those its communes lie in for an EPCI). */
  departements: string[];
  /** The région of a département, by name. */
  regionNom?: string;
  epciType?: EpciType;
  /** An EPCI's communes: current INSEE codes and the 2018 codes of their polygons. */
  communes?: ReadonlySet<string>;
}

export type Resolution =
  | { state: 'found'; territory: Territory }
  | { state: 'unknown' }
  /** An EPCI while the intercommunality file is loading or unusable. */
  | { state: 'no-epci' };

/** Finds a territory named by its code; region and département need only territoires.json. */
export function resolveTerritory(
  ref: TerritoryRef,
  data: TerritoiresData,
  epci: readonly Epci[] | null,
): Resolution {
  if (ref.kind === 'reg') {
    const region = data.regions.find((r) => r.code === ref.code);
    if (!region) return { state: 'unknown' };
    const deps = data.departements.filter((d) => d.region === ref.code);
    return {
      state: 'found',
      territory: {
        kind: 'reg',
        code: ref.code,
        nom: region.nom,
        population: sumOrNull(deps.map((d) => d.population)),
        departements: deps.map((d) => d.code),
      },
    };
  }
  if (ref.kind === 'dep') {
    const dep = data.departements.find((d) => d.code === ref.code);
    if (!dep) return { state: 'unknown' };
    return {
      state: 'found',
      territory: {
        kind: 'dep',
        code: ref.code,
        nom: dep.nom,
        population: dep.population,
        departements: [dep.code],
        regionNom: data.regions.find((r) => r.code === dep.region)?.nom,
      },
    };
  }
  if (!epci) return { state: 'no-epci' };
  const found = epci.find((e) => e.siren === ref.code);
  if (!found) return { state: 'unknown' };
  return {
    state: 'found',
    territory: {
      kind: 'epci',
      code: found.siren,
      nom: found.nom,
      population: found.population,
      departements: found.departements,
      epciType: found.type,
      communes: found.communes,
    },
  };
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** France's population: the sum of every département's. */
export function francePopulation(data: TerritoiresData): number | null {
  return sumOrNull(data.departements.map((d) => d.population));
}

/**
 * Whether a pole counts for a territory. A pole known only by its région counts for the
 * région; one known by its département counts for it and its région, never for an EPCI; a
 * pole located at a point or a commune counts where its commune code falls.
 */
export function poleOnTerritory(pole: Pole, t: Territory): boolean {
  switch (t.kind) {
    case 'reg':
      return (
        (pole.departement !== '' && t.departements.includes(pole.departement)) ||
        (pole.region !== '' && foldName(pole.region) === foldName(t.nom))
      );
    case 'dep':
      return pole.departement === t.code;
    case 'epci':
      return (
        pole.precision !== 'departement' &&
        pole.precision !== 'inconnue' &&
        pole.codeInsee !== '' &&
        (t.communes?.has(pole.codeInsee) ?? false)
      );
  }
}

/** Whether a QPV lies on a territory: by its département, or for an EPCI by its communes. */
export function qpvOnTerritory(qpv: Pick<QpvPoint, 'departement' | 'insee'>, t: Territory) {
  if (t.kind === 'epci') return qpv.insee.some((c) => t.communes?.has(c) ?? false);
  return t.departements.includes(qpv.departement);
}

export { countBySector, countByWave };

const NEAR: ReadonlySet<QpvFilterCategory> = new Set(['in', 'within1km']);

/** Poles in a QPV or within 1 km of one, and the poles whose relation is known. */
export function qpvNearCounts(
  poles: readonly Pole[],
  categories: ReadonlyMap<string, QpvFilterCategory>,
): { near: number; known: number } {
  let near = 0;
  let known = 0;
  for (const p of poles) {
    const c = categories.get(p.id);
    if (c === undefined || c === 'unknown') continue;
    known++;
    if (NEAR.has(c)) near++;
  }
  return { near, known };
}

/** A ratio a reader can check: its two terms are shown beside it. */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator × scale; null when the denominator is 0 or unknown. */
  value: number | null;
}

export function ratio(numerator: number, denominator: number | null, scale = 1): Ratio {
  return {
    numerator,
    denominator: denominator ?? 0,
    value: denominator ? (numerator / denominator) * scale : null,
  };
}

export interface ProfileFigures {
  polesPer100k: { territory: Ratio; france: Ratio };
  qpvPer100k: { territory: Ratio; france: Ratio };
  nearQpvShare: { territory: Ratio; france: Ratio };
}

/** The three figures against France, each from counts shown with it. */
export function profileFigures(input: {
  territoryPoles: readonly Pole[];
  francePoles: readonly Pole[];
  territoryPopulation: number | null;
  francePopulation: number | null;
  territoryQpv: number;
  franceQpv: number;
  categories: ReadonlyMap<string, QpvFilterCategory>;
}): ProfileFigures {
  const here = qpvNearCounts(input.territoryPoles, input.categories);
  const all = qpvNearCounts(input.francePoles, input.categories);
  return {
    polesPer100k: {
      territory: ratio(input.territoryPoles.length, input.territoryPopulation, 100_000),
      france: ratio(input.francePoles.length, input.francePopulation, 100_000),
    },
    qpvPer100k: {
      territory: ratio(input.territoryQpv, input.territoryPopulation, 100_000),
      france: ratio(input.franceQpv, input.francePopulation, 100_000),
    },
    nearQpvShare: {
      territory: ratio(here.near, here.known),
      france: ratio(all.near, all.known),
    },
  };
}
