import type { Feature, FeatureCollection, Geometry } from 'geojson';
import L from 'leaflet';
import type { MarkerItem, ShapeItem, ViewBox } from '../import/layer-protocol';
import type { SiteRef } from '../state/site-selection';
import { clusterIcon, importedSiteIcon } from './imported-marker';
import { prefersReducedMotion } from './prefers-reduced-motion';
import { sectorStyle } from './sector-style';

/**
 * The imported layers on a Leaflet map, drawn from the worker's scenes: DOM
 * markers for sites and clusters (focusable, named, Enter opens or zooms), a
 * canvas for polygons and lines. Markers are diffed by key, so a marker that
 * stays in view keeps its element, and its keyboard focus.
 */

export interface DrawingLabels {
  site(item: Extract<MarkerItem, { kind: 'site' }>): string;
  cluster(count: number): string;
  count(count: number): string;
}

export interface DrawingOptions {
  onSelect(ref: SiteRef): void;
  labels: DrawingLabels;
}

interface Drawn {
  item: MarkerItem;
  marker: L.Marker;
}

/**
 * Panes of their own around the reference poles' marker pane (z-index 600, tooltips 650):
 * clusters under it, so that a big cluster never hides a pole; single sites, smaller than a
 * pole, over it, so that a site at the same place as a pole can still be clicked.
 */
const CLUSTER_PANE = 'imported-clusters';
const SITE_PANE = 'imported-sites';
const PANE_Z: Record<string, string> = { [CLUSTER_PANE]: '590', [SITE_PANE]: '610' };

function keyOf(item: MarkerItem): string {
  return item.kind === 'site'
    ? `s|${item.layerId}|${item.siteId}`
    : `c|${item.layerId}|${item.clusterId}|${item.count}`;
}

export function viewOf(map: L.Map): ViewBox {
  const b = map.getBounds();
  return {
    west: b.getWest(),
    south: b.getSouth(),
    east: b.getEast(),
    north: b.getNorth(),
    zoom: map.getZoom(),
  };
}

export class ImportedDrawing {
  private readonly markers = new Map<string, Drawn>();
  private readonly group = L.layerGroup();
  private readonly renderer = L.canvas({ padding: 0.3 });
  private shapes: L.GeoJSON | null = null;
  private selected: SiteRef | null = null;
  private lastSeq = -1;
  private applied = 0;
  /**
   * After Enter on a cluster: focus the marker nearest to it once the scene of the new zoom
   * arrives. A scene asked for before the move ends (a layer saved, a filter) is not it.
   */
  private pendingFocus: { layerId: string; at: L.LatLng; fromZoom: number; zoom: number } | null =
    null;

  constructor(
    private readonly map: L.Map,
    private options: DrawingOptions,
  ) {
    for (const [pane, z] of Object.entries(PANE_Z)) {
      if (!map.getPane(pane)) map.createPane(pane).style.zIndex = z;
    }
    this.group.addTo(map);
  }

  destroy() {
    this.group.remove();
    this.shapes?.remove();
    this.markers.clear();
  }

  setLabels(labels: DrawingLabels) {
    this.options = { ...this.options, labels };
    for (const drawn of this.markers.values()) this.decorate(drawn);
  }

  setSelected(ref: SiteRef | null) {
    const before = this.selected;
    this.selected = ref;
    for (const r of [before, ref]) {
      if (!r) continue;
      const drawn = this.markers.get(`s|${r.layerId}|${r.siteId}`);
      if (drawn) this.restyle(drawn);
    }
  }

  apply(scene: {
    seq: number;
    zoom: number | null;
    markers: MarkerItem[];
    shapes: ShapeItem[] | null;
  }) {
    if (scene.seq < this.lastSeq) return;
    this.lastSeq = scene.seq;
    const next = new Map<string, MarkerItem>();
    for (const item of scene.markers) next.set(keyOf(item), item);
    const active = document.activeElement;
    let lostFocus: { layerId: string; at: L.LatLng } | null = null;
    for (const [key, drawn] of this.markers) {
      if (!next.has(key)) {
        if (active && drawn.marker.getElement() === active) {
          lostFocus = { layerId: drawn.item.layerId, at: drawn.marker.getLatLng() };
        }
        this.group.removeLayer(drawn.marker);
        this.markers.delete(key);
      }
    }
    for (const [key, item] of next) {
      const drawn = this.markers.get(key);
      if (!drawn) this.add(key, item);
      else if (drawn.item.lat !== item.lat || drawn.item.lon !== item.lon) {
        drawn.item = item;
        drawn.marker.setLatLng([item.lat, item.lon]);
      }
    }
    if (scene.shapes) this.drawShapes(scene.shapes);
    const pending = this.pendingFocus;
    if (pending && (scene.zoom !== pending.fromZoom || pending.zoom === pending.fromZoom)) {
      if (this.focusNearest(pending)) this.pendingFocus = null;
    } else if (lostFocus && !this.focusNearest(lostFocus)) {
      // The focused marker left with the zoom or a filter: keep the keyboard on the map.
      this.map.getContainer().focus({ preventScroll: true });
    }
    this.applied += 1;
    // Lets tests and the bench wait for a drawn scene.
    this.map.getContainer().dataset.importedScene = String(this.applied);
  }

  private isSelected(item: MarkerItem): boolean {
    return (
      item.kind === 'site' &&
      this.selected?.layerId === item.layerId &&
      this.selected.siteId === item.siteId
    );
  }

  private iconOf(item: MarkerItem): L.DivIcon {
    return item.kind === 'site'
      ? importedSiteIcon(item.sector, item.approximate, this.isSelected(item))
      : clusterIcon(item.count, this.options.labels.count(item.count));
  }

  private add(key: string, item: MarkerItem) {
    const marker = L.marker([item.lat, item.lon], {
      icon: this.iconOf(item),
      pane: item.kind === 'cluster' ? CLUSTER_PANE : SITE_PANE,
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: item.kind === 'cluster' ? 100 : this.isSelected(item) ? 1000 : 0,
    });
    const drawn: Drawn = { item, marker };
    marker.on('click', () => this.activate(drawn.item, false));
    marker.on('add', () => this.decorate(drawn));
    this.markers.set(key, drawn);
    this.group.addLayer(marker);
  }

  private restyle(drawn: Drawn) {
    drawn.marker.setIcon(this.iconOf(drawn.item));
    drawn.marker.setZIndexOffset(this.isSelected(drawn.item) ? 1000 : 0);
    this.decorate(drawn);
  }

  private decorate(drawn: Drawn) {
    const el = drawn.marker.getElement();
    if (!el) return;
    const { item } = drawn;
    const label =
      item.kind === 'site'
        ? this.options.labels.site(item)
        : this.options.labels.cluster(item.count);
    // Text from the file goes into attributes only, never into HTML.
    el.setAttribute('aria-label', label);
    el.title = label;
    el.dataset.layerId = item.layerId;
    if (item.kind === 'site') el.dataset.siteId = item.siteId;
    if (el.dataset.keys) return;
    el.dataset.keys = '1';
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        this.activate(drawn.item, true);
      }
    });
  }

  private activate(item: MarkerItem, byKeyboard: boolean) {
    if (item.kind === 'site') {
      this.options.onSelect({ layerId: item.layerId, siteId: item.siteId });
      return;
    }
    const at = L.latLng(item.lat, item.lon);
    const fromZoom = this.map.getZoom();
    const zoom = Math.min(Math.max(item.expansionZoom, fromZoom + 1), this.map.getMaxZoom());
    if (byKeyboard) this.pendingFocus = { layerId: item.layerId, at, fromZoom, zoom };
    this.map.setView(at, zoom, { animate: !prefersReducedMotion() });
  }

  /** Focuses the marker of the layer in view nearest to a place; false when there is none. */
  private focusNearest(target: { layerId: string; at: L.LatLng }): boolean {
    const bounds = this.map.getBounds();
    let best: { el: HTMLElement; d: number } | null = null;
    for (const { item, marker } of this.markers.values()) {
      if (item.layerId !== target.layerId) continue;
      const at = marker.getLatLng();
      const el = marker.getElement();
      if (!el || !bounds.contains(at)) continue;
      const d = at.distanceTo(target.at);
      if (!best || d < best.d) best = { el, d };
    }
    best?.el.focus();
    return best !== null;
  }

  private drawShapes(items: ShapeItem[]) {
    this.shapes?.remove();
    this.shapes = null;
    if (items.length === 0) return;
    const collection: FeatureCollection<
      Geometry,
      { layerId: string; siteId: string; color: string }
    > = {
      type: 'FeatureCollection',
      features: items.map(
        (s): Feature<Geometry, { layerId: string; siteId: string; color: string }> => ({
          type: 'Feature',
          geometry: s.geometry,
          properties: { layerId: s.layerId, siteId: s.siteId, color: sectorStyle(s.sector).color },
        }),
      ),
    };
    const renderer = this.renderer;
    this.shapes = L.geoJSON(collection, {
      style: (f) => ({
        renderer,
        color: f?.properties.color ?? '#555',
        weight: 2.5,
        fillColor: f?.properties.color ?? '#555',
        fillOpacity: 0.12,
        dashArray: '6 3',
      }),
      // MultiPoint members: small circles on the canvas, not default (image) markers.
      pointToLayer: (f, latlng) =>
        L.circleMarker(latlng, {
          renderer,
          radius: 4,
          color: (f.properties as { color?: string } | null)?.color ?? '#555',
          weight: 2,
          fillColor: '#fff',
          fillOpacity: 1,
        }),
      onEachFeature: (f, layer) => {
        const { layerId, siteId } = f.properties as { layerId: string; siteId: string };
        layer.on('click', () => this.options.onSelect({ layerId, siteId }));
      },
    }).addTo(this.map);
  }
}
