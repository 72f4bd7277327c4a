import { create } from 'zustand';
import type { FeatureCollection, Geometry } from 'geojson';
import type { BasemapData, PolesData } from '../data/load-reference';
import { englishLoaded, loadEnglish, type Lang } from '../i18n/messages';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { INITIAL_QPV_STATE, type QpvState } from './qpv-state';
import { INITIAL_IMPORTS, type ImportsState } from './imports-state';
import { INITIAL_CORRECTIONS, type CorrectionsState } from './corrections-state';
import { INITIAL_TERRITORY_STATE, type TerritoryState } from './territory-state';
import type { CommunesLoad } from './communes-actions';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

/** The basemap under the layers: the embedded vector map, or opt-in online tiles. */
export type BaseLayerId = 'embedded' | 'osm' | 'ign';

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface AppState extends QpvState, CorrectionsState, TerritoryState {
  /** The language shown; 'en' only once its strings are loaded (see `setLang`). */
  lang: Lang;
  /** The English strings, a chunk of their own: fetched on the first switch to English. */
  english: 'idle' | 'loading' | 'failed';
  filters: Filters;
  selectedId: string | null;
  /** Bumped when a pole chosen outside the map must be brought into view. */
  revealSeq: number;
  view: MapView | null;
  /** Bumped when `view` was set from outside the map (a link, Back/Forward) and must be shown. */
  viewSeq: number;
  /** Embedded in a partner's page (`?embed=1`): no header, compact layout. */
  embed: boolean;
  /** The bottom sheet open in the compact layout (phone, embed). */
  sheet: 'filters' | 'list' | null;
  /** A place chosen in the search (a commune), marked on the map until another choice. */
  place: SearchPlace | null;
  poles: Loadable<PolesData>;
  basemap: Loadable<BasemapData>;
  quartiers: Loadable<FeatureCollection<Geometry>>;
  baseLayer: BaseLayerId;
  /** Imported files (src/state/imports-state.ts); their sites live in the import worker. */
  imports: ImportsState;
  /** Imported layers switched off by the user. */
  hiddenLayerIds: string[];
  /** Communes files by département code, fetched when a view first needs them. */
  communes: Record<string, CommunesLoad>;
  /** A box the map must fit ([west, south, east, north]), bumped by `seq` at each request. */
  fitRequest: { box: [number, number, number, number]; seq: number } | null;
}

export interface SearchPlace {
  label: string;
  lat: number;
  lon: number;
}

export const INITIAL_STATE: AppState = {
  lang: 'fr',
  english: 'idle',
  filters: DEFAULT_FILTERS,
  selectedId: null,
  revealSeq: 0,
  view: null,
  viewSeq: 0,
  embed: false,
  sheet: null,
  place: null,
  poles: { state: 'loading' },
  basemap: { state: 'loading' },
  quartiers: { state: 'loading' },
  ...INITIAL_QPV_STATE,
  ...INITIAL_CORRECTIONS,
  ...INITIAL_TERRITORY_STATE,
  baseLayer: 'embedded',
  imports: INITIAL_IMPORTS,
  hiddenLayerIds: [],
  communes: {},
  fitRequest: null,
};

export const useAppStore = create<AppState>()(() => INITIAL_STATE);

export const setState = useAppStore.setState;
export const getState = useAppStore.getState;

export function setFilters(patch: Partial<Filters>) {
  setState((s) => ({ filters: { ...s.filters, ...patch } }));
}

export function selectPole(id: string | null, reveal = false) {
  setState((s) => ({ selectedId: id, revealSeq: reveal ? s.revealSeq + 1 : s.revealSeq }));
}

/** Closes whichever details panel is open (a pole's or an imported site's). */
export function closeDetails() {
  selectPole(null);
}

/** The language asked for last, while its strings are still loading. */
let pendingLang: Lang | null = null;

/**
 * Switches the language once its strings are in, so the page never shows a key or half a
 * translation; until then it stays as it is. When the English strings cannot be fetched the
 * page stays French and `english` says so (a status line with a retry). The last request wins:
 * French asked for while English loads cancels the switch.
 */
export function setLang(lang: Lang): Promise<void> {
  if (lang === 'fr' || englishLoaded()) {
    pendingLang = null;
    setState({ lang, english: 'idle' });
    return Promise.resolve();
  }
  pendingLang = lang;
  setState({ english: 'loading' });
  return loadEnglish().then(
    () => {
      if (pendingLang !== lang) return;
      pendingLang = null;
      setState({ lang, english: 'idle' });
    },
    () => {
      if (pendingLang !== lang) return;
      pendingLang = null;
      setState({ english: 'failed' });
    },
  );
}

/** The language the page shows or is about to show. */
export function wantedLang(): Lang {
  return pendingLang ?? getState().lang;
}

export function setView(view: MapView) {
  setState({ view });
}

export function requestView(view: MapView) {
  setState((s) => ({ view, viewSeq: s.viewSeq + 1 }));
}

export function openSheet(sheet: AppState['sheet']) {
  setState({ sheet });
}

export function setBaseLayer(baseLayer: BaseLayerId) {
  setState({ baseLayer });
}

/** Asks the map to show a box ([west, south, east, north], degrees). */
export function requestFit(box: [number, number, number, number]) {
  setState((s) => ({ fitRequest: { box, seq: (s.fitRequest?.seq ?? 0) + 1 } }));
}
