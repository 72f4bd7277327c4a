import { QPV_FILTER_CATEGORIES, type QpvFilterCategory } from '../analysis/qpv-relation';
import { WAVE_CODE } from '../data/parse-appels';
import { parseTerritoryCode, territoryCode } from '../data/territory-code';
import type { Lang } from '../i18n/messages';
import { DEFAULT_FILTERS, NO_SECTOR, type Filters } from './filters';
import type { BaseLayerId, MapView } from './store';

/** The part of the app's state that a shared link carries. */
export interface UrlSnapshot {
  lang: Lang;
  filters: Filters;
  selectedId: string | null;
  view: MapView | null;
  embed: boolean;
  qpvLayer: boolean;
  selectedQpv: string | null;
  /** Imported layers switched off; their ids are local to this browser's storage. */
  hiddenLayerIds: string[];
  /** The basemap: the embedded one unless online tiles were chosen. */
  baseLayer: BaseLayerId;
  /** The territory whose profile is open: `dep-21`, `reg-27`, `epci-242100410`. */
  territory: string | null;
}

/** What a link changes; `filters` is merged key by key so that several codecs can fill it. */
export type UrlPatch = Partial<Omit<UrlSnapshot, 'filters'>> & { filters?: Partial<Filters> };

/** What the loaded data knows, to recognise values that a link from an older version names. */
export interface KnownValues {
  poleIds: ReadonlySet<string>;
  sectorKeys: ReadonlySet<string>;
  /** Codes of appels.csv; null when it could not be read (wave values are then kept). */
  waveCodes: ReadonlySet<string> | null;
  /** The first and last years of the waves, or null when there is none. */
  waveYears: readonly [number, number] | null;
}

/**
 * One URL parameter: how it is written from the state (null = default, left out of the link),
 * read back (null = malformed), and which of its values have gone stale once the data is known.
 */
export interface UrlCodec {
  param: string;
  encode(state: UrlSnapshot): string | null;
  decode(raw: string): UrlPatch | null;
  /** Returns the patch that drops stale values, or null when everything is still known. */
  prune?(state: UrlSnapshot, known: KnownValues): UrlPatch | null;
}

const list = (raw: string) => raw.split(',').filter((s) => s !== '');

// NO_SECTOR is an internal key; the link says "aucun" (none) instead.
const SECTOR_NONE_PARAM = 'aucun';
const sectorToParam = (key: string) => (key === NO_SECTOR ? SECTOR_NONE_PARAM : key);
const sectorFromParam = (key: string) => (key === SECTOR_NONE_PARAM ? NO_SECTOR : key);
const SECTOR_KEY = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Links written when there were two calls named them by year (`appel=-2016`); they still mean
 * the same waves. Every other value is a code of appels.csv.
 */
const LEGACY_APPEL: ReadonlyMap<string, string> = new Map([
  ['2014', 'AAP1-2014'],
  ['2016', 'AAP2-2016'],
]);
const appelFromParam = (v: string) => LEGACY_APPEL.get(v) ?? v;
const YEAR = /^\d{4}$/;

/** Rounds for a readable link: 5 decimals of a degree is about a metre. */
function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** A list of excluded values, written `-a,-b`: short for the usual case of hiding a few. */
function encodeExclusions(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.map((v) => `-${v}`).join(',');
}
function decodeExclusions(raw: string, valid: (v: string) => boolean): string[] | null {
  const items = list(raw);
  if (items.length === 0) return null;
  const out: string[] = [];
  for (const item of items) {
    if (!item.startsWith('-') || !valid(item.slice(1))) return null;
    if (!out.includes(item.slice(1))) out.push(item.slice(1));
  }
  return out;
}

const QPV_CODE = /^Q[A-Z]\d{2}[0-9AB]\d{2}[A-Z]$/;
const isQpvCategory = (v: string): v is QpvFilterCategory =>
  (QPV_FILTER_CATEGORIES as readonly string[]).includes(v);

const LAYER_ID = /^[a-z0-9][a-z0-9-]*$/;

const BASE_LAYERS: readonly BaseLayerId[] = ['embedded', 'osm', 'ign'];
const isBaseLayer = (v: string): v is BaseLayerId => (BASE_LAYERS as readonly string[]).includes(v);

const MIN_ZOOM = 2;
const MAX_ZOOM = 18;

/**
 * Every parameter the app understands, in the order they are written. A new parameter (a layer
 * switch, another filter) is one more entry here.
 */
export const URL_CODECS: UrlCodec[] = [
  {
    param: 'lang',
    encode: (s) => (s.lang === 'fr' ? null : s.lang),
    decode: (raw) => (raw === 'fr' || raw === 'en' ? { lang: raw } : null),
  },
  {
    param: 'embed',
    encode: (s) => (s.embed ? '1' : null),
    decode: (raw) => (raw === '1' ? { embed: true } : raw === '0' ? { embed: false } : null),
  },
  {
    param: 'sel',
    encode: (s) => s.selectedId,
    decode: (raw) => (raw.trim() === '' ? null : { selectedId: raw.trim() }),
    // An imported site (`site:…`) lives in this browser's storage, not in the reference data:
    // its panel says so itself when the layer is gone.
    prune: (s, known) =>
      s.selectedId !== null && !s.selectedId.startsWith('site:') && !known.poleIds.has(s.selectedId)
        ? { selectedId: null }
        : null,
  },
  {
    param: 'sect',
    encode: (s) => encodeExclusions(s.filters.hiddenSectors.map(sectorToParam)),
    decode: (raw) => {
      const keys = decodeExclusions(raw, (k) => SECTOR_KEY.test(k));
      return keys ? { filters: { hiddenSectors: keys.map(sectorFromParam) } } : null;
    },
    prune: (s, known) => {
      const kept = s.filters.hiddenSectors.filter(
        (k) => k === NO_SECTOR || known.sectorKeys.has(k),
      );
      return kept.length === s.filters.hiddenSectors.length
        ? null
        : { filters: { hiddenSectors: kept } };
    },
  },
  {
    param: 'appel',
    encode: (s) => encodeExclusions(s.filters.hiddenAppels),
    decode: (raw) => {
      const values = decodeExclusions(raw, (v) => WAVE_CODE.test(v));
      return values
        ? { filters: { hiddenAppels: [...new Set(values.map(appelFromParam))] } }
        : null;
    },
    prune: (s, known) => {
      const codes = known.waveCodes;
      if (!codes) return null;
      const kept = s.filters.hiddenAppels.filter((c) => codes.has(c));
      return kept.length === s.filters.hiddenAppels.length
        ? null
        : { filters: { hiddenAppels: kept } };
    },
  },
  {
    // The map as it stood at the end of a year: `annee=2016`.
    param: 'annee',
    encode: (s) => (s.filters.year === null ? null : String(s.filters.year)),
    decode: (raw) => (YEAR.test(raw) ? { filters: { year: Number(raw) } } : null),
    prune: (s, known) => {
      const { year } = s.filters;
      if (year === null || !known.waveYears) return null;
      const [first, last] = known.waveYears;
      return year < first || year > last ? { filters: { year: null } } : null;
    },
  },
  {
    param: 'membres',
    encode: (s) => (s.filters.onlyMembres ? '1' : null),
    decode: (raw) =>
      raw === '1'
        ? { filters: { onlyMembres: true } }
        : raw === '0'
          ? { filters: { onlyMembres: false } }
          : null,
  },
  {
    param: 'qpv',
    encode: (s) => (s.qpvLayer ? '1' : null),
    decode: (raw) => (raw === '1' ? { qpvLayer: true } : raw === '0' ? { qpvLayer: false } : null),
  },
  {
    param: 'rel',
    encode: (s) => encodeExclusions(s.filters.hiddenQpvRelations),
    decode: (raw) => {
      const values = decodeExclusions(raw, isQpvCategory);
      return values ? { filters: { hiddenQpvRelations: values.filter(isQpvCategory) } } : null;
    },
  },
  {
    param: 'couches',
    encode: (s) => encodeExclusions(s.hiddenLayerIds),
    decode: (raw) => {
      const ids = decodeExclusions(raw, (v) => LAYER_ID.test(v));
      return ids ? { hiddenLayerIds: ids } : null;
    },
  },
  {
    // Whether the code names a territory is known once its file is in (src/state/use-url-sync.ts).
    param: 'territoire',
    encode: (s) => s.territory,
    decode: (raw) => {
      const ref = parseTerritoryCode(raw);
      return ref ? { territory: territoryCode(ref) } : null;
    },
  },
  {
    param: 'quartier',
    encode: (s) => s.selectedQpv,
    decode: (raw) => (QPV_CODE.test(raw) ? { selectedQpv: raw } : null),
  },
  {
    // `basemap=ign`: the link opens on the same online tiles (they still fall back to the
    // embedded basemap when they cannot load). `embedded` overrides a choice kept by the browser.
    param: 'basemap',
    encode: (s) => (s.baseLayer === 'embedded' ? null : s.baseLayer),
    decode: (raw) => (isBaseLayer(raw) ? { baseLayer: raw } : null),
  },
  {
    // `zoom/lat/lon`, as on openstreetmap.org.
    param: 'map',
    encode: (s) =>
      s.view ? `${round(s.view.zoom, 2)}/${round(s.view.lat, 5)}/${round(s.view.lon, 5)}` : null,
    decode: (raw) => {
      const parts = raw.split('/');
      if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
      const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
      if (zoom < MIN_ZOOM || zoom > MAX_ZOOM || Math.abs(lat) > 85 || Math.abs(lon) > 180) {
        return null;
      }
      return { view: { zoom, lat, lon } };
    },
  },
];

const BY_PARAM = new Map(URL_CODECS.map((c) => [c.param, c]));

/** The fields of a larger state (the store) that a link carries. */
export function snapshotOf(s: UrlSnapshot): UrlSnapshot {
  return {
    lang: s.lang,
    filters: s.filters,
    selectedId: s.selectedId,
    view: s.view,
    embed: s.embed,
    qpvLayer: s.qpvLayer,
    selectedQpv: s.selectedQpv,
    hiddenLayerIds: s.hiddenLayerIds,
    baseLayer: s.baseLayer,
    territory: s.territory,
  };
}

/** Merges patches in order; `filters` key by key. */
export function mergePatches(...patches: UrlPatch[]): UrlPatch {
  const out: UrlPatch = {};
  for (const p of patches) {
    const { filters, ...rest } = p;
    Object.assign(out, rest);
    if (filters) out.filters = { ...out.filters, ...filters };
  }
  return out;
}

/** The query string (without `?`) that restores `state`; default values are left out. */
export function encode(state: UrlSnapshot): string {
  const params = new URLSearchParams();
  for (const codec of URL_CODECS) {
    const value = codec.encode(state);
    if (value !== null) params.set(codec.param, value);
  }
  // Keep commas and slashes readable: they are safe in a query string.
  return params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

export interface Decoded {
  patch: UrlPatch;
  /** Parameters that were unknown, repeated or malformed, by name. */
  ignored: string[];
}

/** Reads a query string (with or without `?`); never throws. */
export function decode(search: string): Decoded {
  const params = new URLSearchParams(search);
  const patches: UrlPatch[] = [];
  const ignored: string[] = [];
  for (const name of new Set(params.keys())) {
    const codec = BY_PARAM.get(name);
    const values = params.getAll(name);
    // A repeated parameter is ambiguous: drop it rather than guess which one was meant.
    const patch = codec && values.length === 1 ? codec.decode(values[0]!) : null;
    if (patch) patches.push(patch);
    else ignored.push(name);
  }
  return { patch: mergePatches(...patches), ignored };
}

/** Drops the values of `state` that the loaded data no longer knows (an old link). */
export function pruneStale(state: UrlSnapshot, known: KnownValues): Decoded {
  const patches: UrlPatch[] = [];
  const ignored: string[] = [];
  for (const codec of URL_CODECS) {
    const patch = codec.prune?.(state, known);
    if (patch) {
      patches.push(patch);
      ignored.push(codec.param);
    }
  }
  return { patch: mergePatches(...patches), ignored };
}

/** Applies a patch to a snapshot (used by the tests and to compare states). */
export function applyPatch(state: UrlSnapshot, patch: UrlPatch): UrlSnapshot {
  const { filters, ...rest } = patch;
  return { ...state, ...rest, filters: { ...state.filters, ...filters } };
}

export const DEFAULT_SNAPSHOT: UrlSnapshot = {
  lang: 'fr',
  filters: DEFAULT_FILTERS,
  selectedId: null,
  view: null,
  embed: false,
  qpvLayer: false,
  selectedQpv: null,
  hiddenLayerIds: [],
  baseLayer: 'embedded',
  territory: null,
};
