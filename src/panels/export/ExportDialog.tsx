import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PolesData } from '../../data/load-reference';
import { saveBytes } from '../../import-ui/save-bytes';
import { useT } from '../../state/use-t';
import { mountedMap } from '../../map/map-registry';
import { useAppStore } from '../../state/store';
import { useVisiblePoles } from '../../state/use-visible-poles';
import { viewTitle } from '../../state/view-title';
import { CloseButton } from '../../ui/CloseButton';
import { setExportOpen, useExportUi } from './export-ui';
import { failureOf, type FailureReason } from './export-failure';
import { makeImage, type CaptureMode, type ImageSizeChoice } from './image-export';
import { viewWords } from './view-words';
import './export.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string; width: number; height: number; kb: number; seconds: string }
  | { kind: 'failed'; reason: FailureReason; detail: string };

/**
 * "Exporter l'image": a modal dialog (the browser's <dialog>: focus kept inside, given back on
 * closing) with the title, prefilled from what is shown and editable, the size, and the export.
 */
export function ExportDialog({ data }: { data: PolesData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const place = useAppStore((s) => s.place);
  const online = useAppStore((s) => s.baseLayer !== 'embedded');
  const open = useExportUi((s) => s.open);
  const shown = useVisiblePoles(data.poles);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [size, setSize] = useState<ImageSizeChoice>('a4');
  const proposed = useMemo(
    () =>
      viewTitle(
        filters,
        data.waves.map((w) => w.code),
        place?.label ?? null,
        viewWords(t, lang, data.sectors, data.waves),
      ),
    [filters, data, place, t, lang],
  );
  const [title, setTitle] = useState(proposed);
  const [screen, setScreen] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      // Each opening proposes the title of what is shown now.
      setTitle(proposed);
      setStatus({ kind: 'idle' });
      const container = mountedMap()?.getContainer();
      setScreen({ width: container?.clientWidth ?? 0, height: container?.clientHeight ?? 0 });
      el.showModal();
    }
    if (!open && el.open) el.close();
    // The title is proposed at opening, not rewritten while the user edits it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const run = async (mode: CaptureMode) => {
    const map = mountedMap();
    if (!map) return;
    setStatus({ kind: 'working' });
    try {
      const image = await makeImage({
        map,
        size,
        mode,
        title,
        poles: shown,
        sectors: data.sectors,
        waves: data.waves,
        lang,
        t,
      });
      saveBytes(await image.blob.arrayBuffer(), image.fileName, 'image/png');
      setStatus({
        kind: 'done',
        file: image.fileName,
        width: image.width,
        height: image.height,
        kb: Math.round(image.blob.size / 1024),
        seconds: (image.ms / 1000).toFixed(1),
      });
    } catch (e) {
      setStatus({ kind: 'failed', ...failureOf(e) });
    }
  };

  const working = status.kind === 'working';
  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={() => setExportOpen(false)}
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      {open && (
        <>
          <div className="export-dialog__header">
            <h2 id={titleId}>{t('exportDialogTitle')}</h2>
            <CloseButton label={t('exportClose')} onClick={() => setExportOpen(false)} />
          </div>
          <form
            className="export-dialog__form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!working) void run('library');
            }}
          >
            <label className="export-dialog__field">
              <span>{t('exportTitleField')}</span>
              <input
                type="text"
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <fieldset className="export-dialog__sizes">
              <legend>{t('exportSizeLegend')}</legend>
              <label className="check">
                <input
                  type="radio"
                  name="export-size"
                  value="screen"
                  checked={size === 'screen'}
                  onChange={() => setSize('screen')}
                />
                <span>{t('exportSizeScreen', screen)}</span>
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="export-size"
                  value="a4"
                  checked={size === 'a4'}
                  onChange={() => setSize('a4')}
                />
                <span>{t('exportSizeA4')}</span>
              </label>
            </fieldset>
            {online && <p className="hint">{t('exportOnlineNote')}</p>}
            <button type="submit" className="export-dialog__run" aria-disabled={working}>
              {t('exportRun')}
            </button>
          </form>
          <p role="status" className="export-dialog__status">
            {status.kind === 'working'
              ? t('exportWorking')
              : status.kind === 'done'
                ? t('exportDoneImage', {
                    file: status.file,
                    width: status.width,
                    height: status.height,
                    kb: status.kb,
                    seconds: status.seconds,
                  })
                : ''}
          </p>
          {status.kind === 'failed' && (
            <div role="alert" className="export-dialog__alert">
              <p>
                {t('exportFailedImage', {
                  reason: t(`exportReason_${status.reason}`, { detail: status.detail }),
                })}
              </p>
              <button type="button" onClick={() => void run('embedded')}>
                {t('exportEmbeddedButton')}
              </button>
            </div>
          )}
        </>
      )}
    </dialog>
  );
}
