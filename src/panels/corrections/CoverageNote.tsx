import type { PolesData } from '../../data/load-reference';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { loadErrorText } from '../load-error-text';
import { longDate } from '../../data/intl-formats';
import { coverageSentence } from './coverage-text';
import { useCoverage } from './use-coverage';

/**
 * What the map does not know: how many laureates of the official lists it holds. With
 * `sources`, also each official total with the public source that gives it.
 */
export function CoverageNote({ data, sources = false }: { data: PolesData; sources?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const cov = useCoverage(data);
  if (!cov) return null;
  if (cov.state === 'error') {
    return (
      <p className="coverage coverage--failed" role="status">
        {t('coverageFailed', { reason: loadErrorText(cov.error, 'appels.csv', t) })}
      </p>
    );
  }
  return (
    <>
      <p className="coverage" data-coverage="">
        {coverageSentence(cov.value, t)}
      </p>
      {sources && (
        <p className="coverage__totals">
          {t('coverageTotals')}{' '}
          {cov.value.calls.map((c, i) => (
            <span key={c.call.appel}>
              {i > 0 && ' ; '}
              {t('coverageTotal', {
                total: c.call.laureates,
                date: longDate(c.call.date, lang),
              })}{' '}
              (
              <a href={c.call.source} target="_blank" rel="noopener noreferrer">
                {t('coverageSourceOf', { year: c.year })}
              </a>
              )
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}
