import type { PolesData } from '../../data/load-reference';
import { partialDate } from '../../data/intl-formats';
import { waveName } from '../../data/waves';
import { useT } from '../../state/use-t';
import { useAppStore } from '../../state/store';
import { loadErrorText } from '../load-error-text';
import { coverageSentence } from './coverage-text';
import { useCoverage } from './use-coverage';

/**
 * What the map does not know: how many laureates of the official lists it holds, wave by wave.
 * With `sources`, also each official total with the public sources that give it.
 */
export function CoverageNote({ data, sources = false }: { data: PolesData; sources?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const year = useAppStore((s) => s.filters.year);
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
        {coverageSentence(cov.value, year, lang, t)}
      </p>
      {sources && (
        <>
          <p className="coverage__totals">{t('coverageTotals')}</p>
          <ul className="coverage__waves">
            {cov.value.waves.map(({ wave }) => {
              const name = waveName(wave, lang);
              const date = partialDate(wave.date, lang);
              const precision =
                wave.date.day !== null ? 'Day' : wave.date.month !== null ? 'Month' : 'Year';
              return (
                <li key={wave.code} data-wave={wave.code}>
                  {name} : {t(`coverageTotal${precision}`, { total: wave.laureates, date })}
                  {wave.support && <> ; {wave.support}</>} (
                  {wave.sources.map((href, i) => (
                    <span key={href}>
                      {i > 0 && ', '}
                      <a
                        href={href}
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-label={t('coverageSourceNamed', { n: i + 1, wave: name })}
                      >
                        {t('coverageSourceN', { n: i + 1 })}
                      </a>
                    </span>
                  ))}
                  )
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
