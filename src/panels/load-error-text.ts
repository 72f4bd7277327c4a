import { DataLoadError } from '../data/fetch-data';
import type { T } from '../i18n/use-t';

/** A specific, translated sentence for a data file that could not be loaded. */
export function loadErrorText(error: unknown, fallbackFile: string, t: T): string {
  if (!(error instanceof DataLoadError)) {
    return t('errorFile', { file: fallbackFile, reason: t('reason_unknown') });
  }
  const f = error.failure;
  const reason =
    f.kind === 'network'
      ? t('reason_network')
      : f.kind === 'http'
        ? t('reason_http', { status: f.status })
        : f.kind === 'not-data'
          ? t('reason_notData')
          : t('reason_invalid', { detail: f.detail });
  return t('errorFile', { file: error.file, reason });
}
