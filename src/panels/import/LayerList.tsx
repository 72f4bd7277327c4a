import { useEffect, useMemo, useRef } from 'react';
import { formatCount } from '../../i18n/plural';
import { useT } from '../../state/use-t';
import type { MessageKey } from '../../i18n/messages';
import { countVisible } from '../../import/sector-combos';
import { loadLayerClient } from '../../import-ui/load-client';
import { setLayerVisible } from '../../state/imports-actions';
import type { ImportedLayerEntry, StorageState } from '../../state/imports-state';
import { useAppStore } from '../../state/store';
import { SectorSymbol } from '../SectorSymbol';

const STORAGE_TEXT: Record<ImportedLayerEntry['storage'], MessageKey> = {
  saving: 'layerStorageSaving',
  saved: 'layerStorageSaved',
  memory: 'layerStorageMemory',
  failed: 'layerStorageFailed',
};

const STORAGE_STATUS: Partial<Record<StorageState, MessageKey>> = {
  checking: 'layersChecking',
  restoring: 'layersRestoring',
  unavailable: 'layersUnavailable',
};

/** One switch per imported file, with its count after filters, and removal with one undo. */
export function LayerList() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const layers = useAppStore((s) => s.imports.layers);
  const storage = useAppStore((s) => s.imports.storage);
  const removed = useAppStore((s) => s.imports.removed);
  const hiddenLayerIds = useAppStore((s) => s.hiddenLayerIds);
  const hiddenSectors = useAppStore((s) => s.filters.hiddenSectors);
  const hidden = useMemo(() => new Set(hiddenSectors), [hiddenSectors]);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusAfterUndo = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const statusKey = STORAGE_STATUS[storage];

  // The remove button is gone: the undo button takes the focus, then the layer's switch.
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  useEffect(() => {
    const id = focusAfterUndo.current;
    if (!id || !layers.some((l) => l.id === id)) return;
    focusAfterUndo.current = null;
    list.current
      ?.querySelector<HTMLInputElement>(`input[data-layer-id="${CSS.escape(id)}"]`)
      ?.focus();
  }, [layers]);

  return (
    <section className="layer-list" aria-labelledby="layers-title">
      <h3 id="layers-title" className={layers.length > 0 ? undefined : 'visually-hidden'}>
        {t('layersTitle')}
      </h3>
      <p role="status" className={statusKey ? 'layer-list__status' : 'visually-hidden'}>
        {statusKey ? t(statusKey) : ''}
      </p>
      {layers.length > 0 && (
        <ul ref={list}>
          {layers.map((layer) => (
            <li key={layer.id} className="layer-item">
              <label className="check">
                <input
                  type="checkbox"
                  checked={!hiddenLayerIds.includes(layer.id)}
                  data-layer-id={layer.id}
                  onChange={(e) => setLayerVisible(layer.id, e.target.checked)}
                />
                <span className="check__label layer-item__name">{layer.name}</span>
                <span className="check__count" title={t('layerCountTitle')}>
                  {formatCount(countVisible(layer.combos, hidden), lang)}
                </span>
              </label>
              <div className="layer-item__meta">
                <span className="muted">{t(STORAGE_TEXT[layer.storage])}</span>
                <button
                  type="button"
                  className="layer-item__remove"
                  aria-label={t('layerRemoveLabel', { name: layer.name })}
                  onClick={() => void loadLayerClient().then((c) => c.removeLayer(layer.id))}
                >
                  {t('layerRemove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="layer-list__removed">
        {removed && (
          <>
            <span>{t('layerRemoved', { name: removed.name })}</span>{' '}
            <button
              type="button"
              ref={undoButton}
              onClick={() => {
                focusAfterUndo.current = removed.id;
                void loadLayerClient().then((c) => c.undoRemove());
              }}
            >
              {t('layerUndo')}
            </button>
          </>
        )}
      </div>
      {layers.length > 0 && (
        <ul className="layer-list__legend">
          <li>
            <SectorSymbol imported />
            <span>{t('legendImported')}</span>
          </li>
          <li>
            <SectorSymbol imported approximate />
            <span>{t('legendImportedApprox')}</span>
          </li>
          <li>
            <span className="imported-cluster imported-cluster--legend" aria-hidden="true">
              12
            </span>
            <span>{t('legendCluster')}</span>
          </li>
          <li>
            <SectorSymbol sector="culture" />
            <span>{t('legendReference')}</span>
          </li>
        </ul>
      )}
    </section>
  );
}
