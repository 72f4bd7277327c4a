import type { Pole } from '../data/types';
import { useT } from '../state/use-t';
import { neighbourhoodTarget, zoomToNeighbourhood } from '../state/neighbourhood';
import { useAppStore } from '../state/store';
import './neighbourhood-zoom.css';

/** A button in the details that zooms to the pole's QPV, or else to its commune. */
export function NeighbourhoodZoomButton({ pole }: { pole: Pole }) {
  const t = useT();
  const relation = useAppStore((s) => s.qpvRelations[pole.id]);
  const target = neighbourhoodTarget(pole, relation);
  if (!target) return null;
  return (
    <p className="details__zoom">
      <button
        type="button"
        data-target={target.kind === 'qpv' ? target.code : target.insee}
        onClick={() => void zoomToNeighbourhood(pole, target)}
      >
        {target.kind === 'qpv'
          ? t('zoomToQpv', { name: target.name })
          : t('zoomToCommune', { name: target.name })}
      </button>
    </p>
  );
}
