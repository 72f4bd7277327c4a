import { DataLoadError, fetchDataJson } from './fetch-data';
import { EPCI_FILE, EPCI_TYPES, TERRITOIRES_FILE, type EpciType } from './territory-code';

export {
  EPCI_FILE,
  TERRITOIRES_FILE,
  parseTerritoryCode,
  territoryCode,
  type EpciType,
  type TerritoryKind,
  type TerritoryRef,
} from './territory-code';

export interface Region {
  code: string;
  nom: string;
}

export interface Departement {
  code: string;
  nom: string;
  region: string;
  /** Sum of its communes' municipal population; null when the file did not say. */
  population: number | null;
}

/** public/data/territoires.json: régions and départements. */
export interface TerritoiresData {
  regions: Region[];
  departements: Departement[];
}

export interface Epci {
  siren: string;
  nom: string;
  type: EpciType;
  population: number;
  /** The départements its communes lie in: the commune files its outline needs. */
  departements: string[];
  /** Current INSEE codes of its communes, and the COG 2018 codes of the polygons they cover. */
  communes: ReadonlySet<string>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function invalid(file: string, detail: string): DataLoadError {
  return new DataLoadError(file, { kind: 'invalid', detail });
}

/** Reads territoires.json; a malformed row makes the file unusable (it is written by a script). */
export function parseTerritoires(value: unknown): TerritoiresData {
  if (!isObject(value) || !Array.isArray(value['regions']) || !Array.isArray(value['departements']))
    throw invalid(TERRITOIRES_FILE, 'régions et départements attendus');
  const regions = value['regions'].map((r: unknown) => {
    if (!Array.isArray(r) || !isString(r[0]) || !isString(r[1]))
      throw invalid(TERRITOIRES_FILE, 'région illisible');
    return { code: r[0], nom: r[1] };
  });
  const departements = value['departements'].map((d: unknown) => {
    if (!Array.isArray(d) || !isString(d[0]) || !isString(d[1]) || !isString(d[2]))
      throw invalid(TERRITOIRES_FILE, 'département illisible');
    return { code: d[0], nom: d[1], region: d[2], population: isCount(d[3]) ? d[3] : null };
  });
  return { regions, departements };
}

/**
 * Expands the `communes` column of epci.json: space-separated codes, a code shorter than five
 * characters lacking the prefix of the first département ("231" in Côte-d'Or is 21231).
 */
export function expandCommunes(text: string, prefix: string): Set<string> {
  const out = new Set<string>();
  for (const token of text.split(' ')) {
    if (token === '') continue;
    out.add(token.length < 5 ? prefix + token : token);
  }
  return out;
}

/** Reads epci.json; a malformed row is left out, a file with none left is unusable. */
export function parseEpci(value: unknown): Epci[] {
  if (!isObject(value) || !Array.isArray(value['epci']))
    throw invalid(EPCI_FILE, 'liste « epci » attendue');
  const out: Epci[] = [];
  for (const row of value['epci'] as unknown[]) {
    if (!Array.isArray(row)) continue;
    const [siren, nom, type, population, deps, communes] = row as unknown[];
    if (!isString(siren) || !/^\d{9}$/.test(siren) || !isString(nom)) continue;
    if (!isString(type) || !EPCI_TYPES.includes(type) || !isCount(population)) continue;
    if (!Array.isArray(deps) || !deps.every(isString) || typeof communes !== 'string') continue;
    out.push({
      siren,
      nom,
      type: type as EpciType,
      population,
      departements: deps,
      communes: expandCommunes(communes, deps[0] ?? ''),
    });
  }
  if (out.length === 0) throw invalid(EPCI_FILE, 'aucune intercommunalité lisible');
  return out;
}

export async function loadTerritoires(): Promise<TerritoiresData> {
  return parseTerritoires(await fetchDataJson(TERRITOIRES_FILE));
}

export async function loadEpci(): Promise<Epci[]> {
  return parseEpci(await fetchDataJson(EPCI_FILE));
}
