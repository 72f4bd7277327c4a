import { create } from 'zustand';
import type { FeatureCollection, Geometry } from 'geojson';
import type { BasemapData, PolesData } from '../data/load-reference';
import type { Lang } from '../i18n/messages';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { INITIAL_IMPORTS, type ImportsState } from './imports-state';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface AppState {
  lang: Lang;
  filters: Filters;
  selectedId: string | null;
  /** Bumped when a pole chosen outside the map must be brought into view. */
  revealSeq: number;
  view: MapView | null;
  poles: Loadable<PolesData>;
  basemap: Loadable<BasemapData>;
  quartiers: Loadable<FeatureCollection<Geometry>>;
  /** Imported files (src/state/imports-state.ts); their sites live in the import worker. */
  imports: ImportsState;
  /** Imported layers switched off by the user. */
  hiddenLayerIds: string[];
}

export const INITIAL_STATE: AppState = {
  lang: 'fr',
  filters: DEFAULT_FILTERS,
  selectedId: null,
  revealSeq: 0,
  view: null,
  poles: { state: 'loading' },
  basemap: { state: 'loading' },
  quartiers: { state: 'loading' },
  imports: INITIAL_IMPORTS,
  hiddenLayerIds: [],
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

export function setLang(lang: Lang) {
  setState({ lang });
}

export function setView(view: MapView) {
  setState({ view });
}
