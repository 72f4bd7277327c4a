import Supercluster from 'supercluster';
import { passesSectorFilter } from '../data/sector-keys';
import type { MarkerItem, ShapeItem, ViewBox } from './layer-protocol';
import type { ImportedSite } from './types';

/**
 * What one imported layer puts on the map for a view and a sector filter:
 * every site in view while the layer is small, supercluster clusters above
 * CLUSTER_ABOVE sites (DOM markers stop panning smoothly after a couple of
 * thousand). Filtered indexes are cached per filter, so toggling a sector back
 * and forth does not rebuild them.
 */

/** Layers with more visible sites than this are clustered. */
export const CLUSTER_ABOVE = 500;
/** Clusters break up into single sites above this zoom. */
export const CLUSTER_MAX_ZOOM = 16;
const CLUSTER_RADIUS = 60;
/** Markers are sent for a box this much larger than the view, so a short pan shows them at once. */
const VIEW_PADDING = 0.25;
const CACHE_SIZE = 3;

interface Filtered {
  key: string;
  /** Indexes into the layer's sites. */
  visible: number[];
  index: Supercluster<{ i: number }, Record<string, never>> | null;
}

export interface LayerScene {
  /** Markers (sites and clusters) of the visible sites inside the (padded) view. */
  markers(view: ViewBox, hidden: ReadonlySet<string>): MarkerItem[];
  /** Polygons and lines of the visible sites. */
  shapes(hidden: ReadonlySet<string>): ShapeItem[];
  /** Visible sites, in file order. */
  visibleSites(hidden: ReadonlySet<string>): ImportedSite[];
}

function filterKey(hidden: ReadonlySet<string>): string {
  return [...hidden].sort().join('\u0000');
}

export function paddedBox(view: ViewBox): [number, number, number, number] {
  const dx = (view.east - view.west) * VIEW_PADDING;
  const dy = (view.north - view.south) * VIEW_PADDING;
  return [
    Math.max(-180, view.west - dx),
    Math.max(-85, view.south - dy),
    Math.min(180, view.east + dx),
    Math.min(85, view.north + dy),
  ];
}

function siteMarker(layerId: string, site: ImportedSite): MarkerItem {
  return {
    kind: 'site',
    layerId,
    siteId: site.id,
    lat: site.lat,
    lon: site.lon,
    nom: site.nom,
    row: site.row,
    sector: site.secteurs[0],
    approximate: site.precision !== 'exacte' && site.precision !== 'quartier',
  };
}

export function createLayerScene(layerId: string, sites: readonly ImportedSite[]): LayerScene {
  const cache: Filtered[] = [];

  function filtered(hidden: ReadonlySet<string>): Filtered {
    const key = filterKey(hidden);
    const found = cache.find((f) => f.key === key);
    if (found) return found;
    const visible: number[] = [];
    for (let i = 0; i < sites.length; i++) {
      if (passesSectorFilter(sites[i]!, hidden)) visible.push(i);
    }
    let index: Filtered['index'] = null;
    if (visible.length > CLUSTER_ABOVE) {
      index = new Supercluster({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM });
      index.load(
        visible.map((i) => ({
          type: 'Feature' as const,
          properties: { i },
          geometry: { type: 'Point' as const, coordinates: [sites[i]!.lon, sites[i]!.lat] },
        })),
      );
    }
    const entry = { key, visible, index };
    cache.unshift(entry);
    if (cache.length > CACHE_SIZE) cache.pop();
    return entry;
  }

  return {
    markers(view, hidden) {
      const { visible, index } = filtered(hidden);
      const [west, south, east, north] = paddedBox(view);
      if (!index) {
        const out: MarkerItem[] = [];
        for (const i of visible) {
          const s = sites[i]!;
          if (s.lon >= west && s.lon <= east && s.lat >= south && s.lat <= north) {
            out.push(siteMarker(layerId, s));
          }
        }
        return out;
      }
      return index.getClusters([west, south, east, north], view.zoom).map((f): MarkerItem => {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties;
        if ('cluster' in p && p.cluster) {
          return {
            kind: 'cluster',
            layerId,
            clusterId: p.cluster_id,
            lat,
            lon,
            count: p.point_count,
            expansionZoom: index.getClusterExpansionZoom(p.cluster_id),
          };
        }
        return siteMarker(layerId, sites[(p as { i: number }).i]!);
      });
    },
    shapes(hidden) {
      const out: ShapeItem[] = [];
      for (const i of filtered(hidden).visible) {
        const s = sites[i]!;
        if (s.geometry) {
          out.push({ layerId, siteId: s.id, geometry: s.geometry, sector: s.secteurs[0] });
        }
      }
      return out;
    },
    visibleSites(hidden) {
      return filtered(hidden).visible.map((i) => sites[i]!);
    },
  };
}
