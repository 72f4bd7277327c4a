import './corrections.css';
import { lazy, Suspense, useEffect } from 'react';
import { knownKeysOfData, type PolesData } from '../../data/load-reference';
import { loadProposals } from '../../state/corrections-actions';
import { useAppStore } from '../../state/store';
import { MapPickBanner } from './MapPickBanner';

// The form, its commune search and CSV writer are a lazy chunk: most visits never open it.
const CorrectionDialog = lazy(() =>
  import('./CorrectionDialog').then((m) => ({ default: m.CorrectionDialog })),
);

/** The correction form when open, the map-pick banner while a point is chosen, and the proposals kept in this browser. */
export function Corrections({ data }: { data: PolesData }) {
  const target = useAppStore((s) => s.correction);
  const mapPick = useAppStore((s) => s.mapPick);
  useEffect(() => {
    loadProposals(knownKeysOfData(data), new Set(data.poles.map((p) => p.id)));
  }, [data]);
  if (!target) return null;
  const key = target.mode === 'correct' ? `c:${target.id}` : `p:${target.draft?.id ?? ''}`;
  return (
    <>
      <Suspense fallback={null}>
        <CorrectionDialog key={key} target={target} data={data} />
      </Suspense>
      {mapPick && <MapPickBanner />}
    </>
  );
}
