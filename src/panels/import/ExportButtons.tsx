import { useState } from 'react';
import { useT } from '../../state/use-t';
import { appelLabel } from '../appel-label';
import type { ExportFormat } from '../../import/layer-protocol';
import { loadLayerClient } from '../../import-ui/load-client';
import { formatCount } from '../../i18n/plural';
import { getState, useAppStore } from '../../state/store';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string; count: number }
  | { kind: 'failed'; detail: string };

/** "Exporter": downloads what the map shows, reference and imported, after filters. */
export function ExportButtons() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const run = async (format: ExportFormat) => {
    setState({ kind: 'working' });
    try {
      const client = await loadLayerClient();
      const { poles } = getState();
      const waves = poles.state === 'ready' ? poles.value.waves : [];
      const { count, fileName } = await client.exportShown(format, (code) =>
        appelLabel(code, waves, lang),
      );
      setState({ kind: 'done', file: fileName, count });
    } catch (e) {
      setState({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h3 id="export-title">{t('exportTitle')}</h3>
      <p className="import-panel__hint">{t('exportHint')}</p>
      <div className="export-panel__buttons">
        <button type="button" disabled={state.kind === 'working'} onClick={() => void run('csv')}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          disabled={state.kind === 'working'}
          onClick={() => void run('geojson')}
        >
          {t('exportGeoJson')}
        </button>
      </div>
      <p role="status" className="export-panel__status">
        {state.kind === 'working'
          ? t('exportWorking')
          : state.kind === 'done'
            ? t('exportDone', { file: state.file, count: formatCount(state.count, lang) })
            : ''}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="import-panel__alert">
          {t('exportFailed', { detail: state.detail })}
        </p>
      )}
    </section>
  );
}
