import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { plural, formatCount } from '../i18n/plural';
import { useT } from '../state/use-t';
import { loadLayerClient } from '../import-ui/load-client';
import { parseSiteSelection, siteSelectionId } from '../state/site-selection';
import { selectPole, useAppStore } from '../state/store';
import { ImportedDrawing, viewOf, type DrawingLabels } from './imported-drawing';
import { siteName } from './site-name';
import './imported.css';

function useLabels(): DrawingLabels {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return useMemo(
    () => ({
      site: (item) => siteName(item, item.siteId, t),
      cluster: (count) => plural(t, lang, 'cluster', count),
      count: (count) => formatCount(count, lang),
    }),
    [t, lang],
  );
}

/** Draws the worker's scenes and tells it what the map shows. */
export function ImportedSitesDrawing() {
  const map = useMap();
  const labels = useLabels();
  const layers = useAppStore((s) => s.imports.layers);
  const hiddenLayerIds = useAppStore((s) => s.hiddenLayerIds);
  const hiddenSectors = useAppStore((s) => s.filters.hiddenSectors);
  const selectedId = useAppStore((s) => s.selectedId);
  const layerIds = useMemo(
    () => layers.map((l) => l.id).filter((id) => !hiddenLayerIds.includes(id)),
    [layers, hiddenLayerIds],
  );
  const drawing = useRef<ImportedDrawing | null>(null);
  const labelsRef = useRef(labels);

  useEffect(() => {
    const d = new ImportedDrawing(map, {
      onSelect: (ref) => selectPole(siteSelectionId(ref.layerId, ref.siteId)),
      labels: labelsRef.current,
    });
    drawing.current = d;
    let off: (() => void) | null = null;
    let gone = false;
    void loadLayerClient().then((client) => {
      if (!gone) off = client.onScene((scene) => d.apply(scene));
    });
    return () => {
      gone = true;
      off?.();
      d.destroy();
      drawing.current = null;
    };
  }, [map]);

  useEffect(() => {
    labelsRef.current = labels;
    drawing.current?.setLabels(labels);
  }, [labels]);

  useEffect(() => {
    drawing.current?.setSelected(parseSiteSelection(selectedId));
  }, [selectedId]);

  // The worker answers each scene request with the markers of the view.
  useEffect(() => {
    const send = () =>
      void loadLayerClient().then((client) =>
        client.sendScene({ view: viewOf(map), hiddenSectors, layerIds }),
      );
    send();
    map.on('moveend', send);
    return () => {
      map.off('moveend', send);
    };
  }, [map, hiddenSectors, layerIds]);

  return null;
}
