import { DataLoadError, type DataLoadFailure } from '../data/fetch-data';
import type { T } from '../i18n/messages';

function reasonText(f: DataLoadFailure, t: T): string {
  switch (f.kind) {
    case 'network':
      return t('reason_network');
    case 'stalled':
      return t('reason_stalled', { seconds: f.seconds });
    case 'http':
      return t('reason_http', { status: f.status });
    case 'not-data':
      return t('reason_notData');
    case 'interrupted':
      return f.received > 0 && f.expected !== null
        ? t('reason_interruptedBytes', { received: f.received, expected: f.expected })
        : t('reason_interrupted');
    case 'truncated':
      return t('reason_truncated', { received: f.received });
    case 'invalid':
      return t('reason_invalid', { detail: f.detail });
  }
}

/** A specific, translated sentence for a data file that could not be loaded. */
export function loadErrorText(error: unknown, fallbackFile: string, t: T): string {
  if (!(error instanceof DataLoadError)) {
    return t('errorFile', { file: fallbackFile, reason: t('reason_unknown') });
  }
  return t('errorFile', { file: error.file, reason: reasonText(error.failure, t) });
}
