import { useEffect, useRef, useState } from 'react';
import type { FieldChange } from '../../data/merge-corrections';
import type { PtceRow } from '../../data/ptce-schema';
import { loadSiteConfig } from '../../data/site-config';
import { saveBytes } from '../../import-ui/save-bytes';
import { useT } from '../../state/use-t';
import type { T } from '../../i18n/messages';
import { copyText } from '../../ui/copy-text';
import { correctionCsv, correctionFileName, mailtoHref } from './correction-form';

/** Loaded once per page: the maintainer's address for corrections, '' when none is set. */
let configEmail: Promise<string> | null = null;

function useCorrectionsEmail(): string {
  const [email, setEmail] = useState('');
  useEffect(() => {
    let live = true;
    configEmail ??= loadSiteConfig().then((c) => c.correctionsEmail);
    void configEmail.then((e) => live && setEmail(e));
    return () => {
      live = false;
    };
  }, []);
  return email;
}

function changesText(changes: readonly FieldChange[], t: T): string {
  return changes
    .map((c) => `- ${c.field} : ${c.before || t('diffEmpty')} → ${c.after || t('diffEmpty')}`)
    .join('\n');
}

type Status =
  { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual' } | { kind: 'downloaded'; file: string };

/** The changed fields side by side, and the three ways to hand the row over. */
export function CorrectionOutputs({
  row,
  changes,
  mode,
}: {
  row: PtceRow;
  changes: readonly FieldChange[];
  mode: 'correct' | 'propose';
}) {
  const t = useT();
  const email = useCorrectionsEmail();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const manual = useRef<HTMLTextAreaElement>(null);
  const csv = correctionCsv(row);
  const file = correctionFileName(row, mode);

  useEffect(() => {
    if (status.kind === 'manual') manual.current?.select();
  }, [status]);

  const kind = mode === 'correct' ? t('mailKindCorrect') : t('mailKindPropose');
  const mail = email
    ? mailtoHref(
        email,
        t('mailSubject', { kind, nom: row.nom }),
        t('mailBody', { kind, changes: changesText(changes, t), csv }),
      )
    : '';

  return (
    <section className="corr-outputs" aria-labelledby="corr-diff-title">
      <h3 id="corr-diff-title">{t('diffTitle')}</h3>
      <div className="corr-diff__scroll">
        <table className="corr-diff">
          <thead>
            <tr>
              <th scope="col">{t('diffField')}</th>
              <th scope="col">{t('diffBefore')}</th>
              <th scope="col">{t('diffAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} data-field={c.field}>
                <th scope="row">{t(`col_${c.field}`)}</th>
                <td>{c.before || <span className="muted">{t('diffEmpty')}</span>}</td>
                <td>{c.after || <span className="muted">{t('diffEmpty')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('outputsTitle')}</h3>
      <div className="corr-outputs__actions">
        <button
          type="button"
          onClick={() => {
            saveBytes(
              new TextEncoder().encode(csv).buffer as ArrayBuffer,
              file,
              'text/csv;charset=utf-8',
            );
            setStatus({ kind: 'downloaded', file });
          }}
        >
          {t('outputDownload')}
        </button>
        <button
          type="button"
          onClick={() =>
            void copyText(csv, navigator.clipboard).then((ok) =>
              setStatus({ kind: ok ? 'copied' : 'manual' }),
            )
          }
        >
          {t('outputCopy')}
        </button>
        {mail && (
          <a className="button-link" href={mail}>
            {t('outputMail', { email })}
          </a>
        )}
      </div>
      <div role="status" className="corr-outputs__status">
        {status.kind === 'copied' && <p>{t('outputCopied')}</p>}
        {status.kind === 'downloaded' && <p>{t('outputDownloaded', { file: status.file })}</p>}
        {status.kind === 'manual' && <p id="corr-manual-hint">{t('outputCopyManual')}</p>}
      </div>
      {status.kind === 'manual' && (
        <textarea
          ref={manual}
          className="corr-outputs__manual"
          readOnly
          value={csv}
          rows={4}
          aria-label={t('outputCsvField')}
          aria-describedby="corr-manual-hint"
        />
      )}
    </section>
  );
}
