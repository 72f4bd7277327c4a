import type { Lang } from '../../i18n/messages';
import { plural } from '../../i18n/plural';
import type { T } from '../../i18n/messages';
import type { ImportJob } from '../../state/imports-state';

/** The one-line summary of the current import, for the role="status" region. */
export function importStatusText(job: ImportJob, t: T, lang: Lang): string {
  switch (job.kind) {
    case 'idle':
    case 'failed':
      return '';
    case 'reading':
      return t('importReading', { file: job.fileName });
    case 'running':
      return t('importRunning', { file: job.fileName });
    case 'mapping':
      return t('mappingWaiting', { file: job.fileName });
    case 'cancelled':
      return t('importCancelled', { file: job.fileName });
    case 'done':
      return t('importDone', {
        file: job.fileName,
        sites: plural(t, lang, 'sitesImported', job.summary.imported),
        rejected: plural(t, lang, 'rowsRejected', job.summary.rejected),
        corrected: plural(t, lang, 'rowsCorrected', job.summary.corrected),
      });
  }
}
