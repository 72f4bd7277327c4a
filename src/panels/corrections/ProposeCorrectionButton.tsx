import { useT } from '../../state/use-t';
import { openCorrection } from '../../state/corrections-actions';

/** In a pole's details: opens the correction form prefilled with this pole. */
export function ProposeCorrectionButton({ poleId }: { poleId: string }) {
  const t = useT();
  return (
    <p className="details__correct">
      <button type="button" onClick={() => openCorrection({ mode: 'correct', id: poleId })}>
        {t('proposeCorrection')}
      </button>
    </p>
  );
}
