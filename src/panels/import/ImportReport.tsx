import { useState } from 'react';
import { formatCount } from '../../i18n/plural';
import { useT } from '../../state/use-t';
import { issueText } from '../../import/issue-text';
import type { ImportIssue } from '../../import/messages';
import { loadLayerClient } from '../../import-ui/load-client';
import { focusImportButton } from './focus-import-button';
import type { ImportJob } from '../../state/imports-state';
import { useAppStore } from '../../state/store';

type Done = Extract<ImportJob, { kind: 'done' }>;

/** Reports this short are open at once; longer ones start folded. */
const OPEN_UP_TO = 20;
/** Rows added per "show more"; a remainder this small is shown in full. */
const PAGE = 1000;

/** Every rejected or corrected row of the last import, with its row number and reason. */
export function ImportReport({ job }: { job: Done }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [issues, setIssues] = useState<ImportIssue[]>(job.issuesHead);
  const [busy, setBusy] = useState(false);
  const remaining = job.issueCount - issues.length;

  const more = async () => {
    setBusy(true);
    try {
      const client = await loadLayerClient();
      const count = remaining <= PAGE * 2 ? remaining : PAGE;
      const page = await client.fetchIssues(job.reportRef, issues.length, count);
      setIssues((list) => [...list, ...page.issues]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-report">
      {job.summary.imported === 0 && <p>{t('importNoSite')}</p>}
      {job.customSectors.length > 0 && (
        <p>
          {t('importCustomSectors', { list: job.customSectors.map((c) => c.label).join(', ') })}
        </p>
      )}
      {job.lambert93 > 0 && (
        <p>{t('importLambert', { count: formatCount(job.lambert93, lang) })}</p>
      )}
      {job.issueCount > 0 && (
        <details className="import-report__issues" open={job.issueCount <= OPEN_UP_TO}>
          <summary>{t('importIssuesTitle', { count: formatCount(job.issueCount, lang) })}</summary>
          {/* Scrollable, so focusable: keyboard users can scroll it too. */}
          <ol
            className="import-report__list"
            tabIndex={0}
            aria-label={t('importIssuesTitle', { count: formatCount(job.issueCount, lang) })}
          >
            {issues.map((issue, i) => (
              <li
                key={i}
                className={issue.severity === 'rejected' ? 'issue--rejected' : 'issue--corrected'}
              >
                <strong>
                  {job.format === 'geojson'
                    ? t('issueFeature', { row: issue.row })
                    : issue.line !== undefined
                      ? t('issueRowLine', { row: issue.row, line: issue.line })
                      : t('issueRow', { row: issue.row })}
                </strong>{' '}
                {t('issueDetail', {
                  status: issue.severity === 'rejected' ? t('issueRejected') : t('issueCorrected'),
                  reason: issueText(issue, lang),
                })}
              </li>
            ))}
          </ol>
          <div className="import-report__actions">
            {remaining > 0 && (
              <button type="button" disabled={busy} onClick={() => void more()}>
                {remaining <= PAGE * 2
                  ? t('issuesShowAll', { count: formatCount(job.issueCount, lang) })
                  : t('issuesShowMore', { count: formatCount(PAGE, lang) })}
              </button>
            )}
            <button
              type="button"
              onClick={() =>
                void loadLayerClient().then((c) => c.downloadReport(job.reportRef, job.fileName))
              }
            >
              {t('issuesDownload')}
            </button>
          </div>
        </details>
      )}
      <div className="import-report__actions">
        {job.canRemap && (
          <button
            type="button"
            onClick={() => void loadLayerClient().then((c) => c.remapLastFile())}
          >
            {t('importRemap')}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void loadLayerClient().then((c) => {
              c.closeReport();
              focusImportButton();
            })
          }
        >
          {t('importCloseReport')}
        </button>
      </div>
    </div>
  );
}
