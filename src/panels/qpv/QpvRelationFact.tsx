import {
  describeQpvRelation,
  qpvBandLabel,
  qpvFilterCategoryLabel,
} from '../../analysis/qpv-relation-text';
import { useT } from '../../state/use-t';
import { retryQpvAnalysis } from '../../state/qpv-analysis';
import { selectQpv } from '../../state/qpv-actions';
import { useAppStore } from '../../state/store';
import { loadErrorText } from '../load-error-text';
import { QPV_FULL_FILE } from '../../data/load-qpv';
import { FactRow } from '../FactRow';
import { DistanceList, qpvDistanceItems } from './DistanceList';

/**
 * The "Quartier prioritaire" fact of a pole: where it stands relative to the QPV, as a button
 * that opens the QPV's card (the keyboard way to a QPV, since the canvas is not focusable).
 */
export function QpvRelationFact({ poleId }: { poleId: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const relation = useAppStore((s) => s.qpvRelations[poleId]);
  const nearby = useAppStore((s) => s.qpvNearby[poleId]);
  const analysis = useAppStore((s) => s.qpvAnalysis);

  let content;
  if (relation) {
    const sentence = describeQpvRelation(relation, lang);
    const others = (nearby ?? []).filter(
      (n) => relation.kind === 'unknown' || n.code !== relation.qpv.code,
    );
    content = (
      <>
        {relation.kind === 'unknown' ? (
          <span className="qpv-relation">{sentence}</span>
        ) : (
          <button
            type="button"
            className="link-button qpv-relation"
            data-qpv-code={relation.qpv.code}
            onClick={() => selectQpv(relation.qpv.code)}
          >
            {sentence}
          </button>
        )}
        {relation.kind === 'near' && (
          <span className="qpv-relation__band">{qpvBandLabel(relation.band, lang)}</span>
        )}
        {relation.kind === 'far' && (
          <span className="qpv-relation__band">{qpvFilterCategoryLabel('farther', lang)}</span>
        )}
        {others.length > 0 && (
          <div className="qpv-relation__others">
            {t('qpvOtherNearby')}
            <DistanceList items={qpvDistanceItems(others)} lang={lang} />
          </div>
        )}
      </>
    );
  } else if (analysis.state === 'error') {
    content = (
      <div role="alert" className="qpv-relation qpv-relation--error">
        {t('qpvRelationFailed')} {loadErrorText(analysis.error, QPV_FULL_FILE, t)}{' '}
        <button type="button" onClick={retryQpvAnalysis}>
          {t('retry')}
        </button>
      </div>
    );
  } else {
    content = (
      <span role="status" className="qpv-relation qpv-relation--pending">
        {t('qpvRelationPending')}
      </span>
    );
  }
  return <FactRow label={t('f_qpv')}>{content}</FactRow>;
}
