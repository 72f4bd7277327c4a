import { useT } from '../../state/use-t';
import { fileErrorMessage } from '../../import/messages';
import type { ImportFailure as Failure } from '../../state/imports-state';
import { useAppStore } from '../../state/store';

/** Why a file could not be imported at all, in the current language. */
export function ImportFailure({ fileName, failure }: { fileName: string; failure: Failure }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const reason =
    failure.kind === 'file'
      ? fileErrorMessage(failure.error, lang)
      : failure.kind === 'communes'
        ? t('importCommunesFailed')
        : t('importWorkerFailed', { detail: failure.detail });
  return <p>{t('importFailed', { file: fileName, reason })}</p>;
}
