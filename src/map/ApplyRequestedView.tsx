import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { getState, useAppStore } from '../state/store';

/** Shows a view that was set from outside the map: a shared link, Back or Forward. */
export function ApplyRequestedView() {
  const map = useMap();
  const viewSeq = useAppStore((s) => s.viewSeq);
  useEffect(() => {
    if (viewSeq === 0) return;
    const view = getState().view;
    if (view) map.setView([view.lat, view.lon], view.zoom, { animate: false });
  }, [viewSeq, map]);
  return null;
}
