import L from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { PtceRow } from '../data/ptce-schema';
import { useT } from '../state/use-t';
import { openCorrection } from '../state/corrections-actions';
import { useAppStore } from '../state/store';
import { makeMarkerButton } from './marker-button';

// A constant drawing (no text from data): a dashed white-and-dark pin with a "+", unlike any pole symbol.
const DRAFT_ICON = L.divIcon({
  className: 'proposal-marker',
  html:
    '<svg viewBox="0 0 28 28" width="28" height="28" aria-hidden="true" focusable="false">' +
    '<rect x="3" y="3" width="22" height="22" rx="5" fill="#fff" stroke="#1d1d1b" stroke-width="2.2" stroke-dasharray="4 2.5"/>' +
    '<path d="M14 8v12M8 14h12" stroke="#1d1d1b" stroke-width="3" stroke-linecap="round"/></svg>',
  iconSize: [28, 28],
  iconAnchor: [14, 14],
});

function ProposalMarker({ row, name }: { row: PtceRow; name: string }) {
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      click: () => openCorrection({ mode: 'propose', draft: row }),
      add: (e) => {
        const el = (e.target as L.Marker).getElement();
        if (!el) return;
        el.setAttribute('data-proposal-id', row.id);
        makeMarkerButton(el, name, () => openCorrection({ mode: 'propose', draft: row }));
      },
    }),
    [row, name],
  );
  return (
    <Marker
      position={[Number(row.latitude), Number(row.longitude)]}
      icon={DRAFT_ICON}
      title={name}
      keyboard
      zIndexOffset={500}
      eventHandlers={handlers}
    />
  );
}

/** The poles proposed in this browser, as draft markers named "<nom> (proposition)". */
export function ProposalMarkers() {
  const t = useT();
  const proposals = useAppStore((s) => s.proposals);
  return (
    <>
      {proposals
        .filter((p) => p.latitude !== '' && p.longitude !== '')
        .map((p) => {
          const name = t('proposalName', { nom: p.nom });
          return (
            <ProposalMarker
              key={`${p.id}|${name}|${p.latitude}|${p.longitude}`}
              row={p}
              name={name}
            />
          );
        })}
    </>
  );
}
