/** Where a location comes from, from the most to the least precise. */
export type LocationPrecision = 'exacte' | 'quartier' | 'commune' | 'departement' | 'inconnue';

export type Appel = 'AAP1-2014' | 'AAP2-2016';

export interface Sector {
  key: string;
  labelFr: string;
  labelEn: string;
}

/** A reference PTCE, one validated row of public/data/ptce.csv. */
export interface Pole {
  id: string;
  nom: string;
  appel: Appel;
  statutConfirme: boolean;
  commune: string;
  codeInsee: string;
  departement: string;
  region: string;
  quartier: string;
  codeQpv: string;
  adresse: string;
  secteurs: string[];
  porteur: string;
  creation: number | null;
  siteWeb: string;
  membres: string;
  description: string;
  /** WGS84; null when the pole is not located. */
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision;
  noteLocalisation: string;
  membreAssociation: boolean;
  fiabilite: 'haute' | 'moyenne' | 'basse';
  sources: string[];
}

/** Why a row of a data file was rejected or corrected: which row, which field, why. */
export interface RowIssue {
  /** 1-based line number in the file, header = line 1. */
  row: number;
  field: string;
  message: string;
  severity: 'rejected' | 'corrected';
}
