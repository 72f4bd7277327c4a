/** Territory codes of the address and the names of the territory files: small, in the first script. */
/** The three kinds of territory that have a profile. */
export type TerritoryKind = 'reg' | 'dep' | 'epci';

export interface TerritoryRef {
  kind: TerritoryKind;
  code: string;
}

/** EPCI with their own tax status, as the DGCL names them. */
export type EpciType = 'CC' | 'CA' | 'CU' | 'METRO' | 'MET69';
export const EPCI_TYPES: readonly string[] = ['CC', 'CA', 'CU', 'METRO', 'MET69'];

const CODE_SYNTAX: Record<TerritoryKind, RegExp> = {
  reg: /^\d{2}$/,
  dep: /^(\d{2}|2A|2B|97\d)$/,
  epci: /^\d{9}$/,
};

/** `dep-21`, `reg-27`, `epci-242100410`: one scheme for the address; null when malformed. */
export function parseTerritoryCode(raw: string): TerritoryRef | null {
  const m = /^(reg|dep|epci)-(.+)$/.exec(raw.trim());
  if (!m) return null;
  const kind = m[1] as TerritoryKind;
  const code = m[2]!.toUpperCase();
  return CODE_SYNTAX[kind].test(code) ? { kind, code } : null;
}

export function territoryCode(ref: TerritoryRef): string {
  return `${ref.kind}-${ref.code}`;
}

export const TERRITOIRES_FILE = 'territoires.json';
export const EPCI_FILE = 'epci.json';
