import type { Epci, TerritoiresData } from '../data/territories';
import type { TerritoryRef } from '../data/territory-code';
import type { Pole } from '../data/types';

/** A région name folded for comparison: "Île-de-France" and "ile de france" alike. */
export const foldName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A territory a pole belongs to, for the links of its details. */
export interface PoleTerritory {
  ref: TerritoryRef;
  nom: string;
}

/**
 * The intercommunality, département and région a pole counts for, by the same rules as the
 * profile: an EPCI only for a pole located at a commune or finer; `epci` null while its file is
 * loading or unusable.
 */
export function territoriesOfPole(
  pole: Pole,
  data: TerritoiresData,
  epci: readonly Epci[] | null,
): PoleTerritory[] {
  const out: PoleTerritory[] = [];
  if (
    epci &&
    pole.codeInsee !== '' &&
    pole.precision !== 'departement' &&
    pole.precision !== 'inconnue'
  ) {
    const found = epci.find((e) => e.communes.has(pole.codeInsee));
    if (found) out.push({ ref: { kind: 'epci', code: found.siren }, nom: found.nom });
  }
  const dep = data.departements.find((d) => d.code === pole.departement);
  if (dep) out.push({ ref: { kind: 'dep', code: dep.code }, nom: dep.nom });
  const region =
    data.regions.find((r) => pole.region !== '' && foldName(r.nom) === foldName(pole.region)) ??
    data.regions.find((r) => r.code === dep?.region);
  if (region) out.push({ ref: { kind: 'reg', code: region.code }, nom: region.nom });
  return out;
}

/** The code of the région with this name (the statistics count régions by name). */
export function regionCodeNamed(data: TerritoiresData, name: string): string | null {
  return data.regions.find((r) => foldName(r.nom) === foldName(name))?.code ?? null;
}
