/** Where a location comes from, from the most to the least precise. */
export type LocationPrecision = 'exacte' | 'quartier' | 'commune' | 'departement' | 'inconnue';

/** A date as precise as its sources: a year, a month or a day. */
export interface PartialDate {
  year: number;
  /** 1–12, or null when only the year is known. */
  month: number | null;
  /** 1–31, or null when only the year or the month is known. */
  day: number | null;
}

/**
 * A wave of State support (a call for projects or an AMI), one row of public/data/appels.csv.
 * Waves are data: a new one is a row there and its poles in ptce.csv, with no code change.
 */
export interface Wave {
  /** The code used in the `appel` column of ptce.csv. */
  code: string;
  labelFr: string;
  labelEn: string;
  /** When its laureates were announced. */
  date: PartialDate;
  /** The official number of laureates. */
  laureates: number;
  /** The support it gave, in French as the sources word it ("100 000 € sur deux ans"). */
  support: string;
  /** False for a wave that accompanied its laureates without funding them. */
  funded: boolean;
  /** http(s) addresses of the sources of the row. */
  sources: string[];
}

export interface Sector {
  key: string;
  labelFr: string;
  labelEn: string;
}

/** A reference PTCE, one validated row of public/data/ptce.csv. */
export interface Pole {
  id: string;
  nom: string;
  /** The wave's code (`Wave.code`). */
  appel: string;
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
  /** The file, when it is not ptce.csv. */
  file?: string;
  /** 1-based line number in the file, header = line 1. */
  row: number;
  field: string;
  message: string;
  severity: 'rejected' | 'corrected';
}
