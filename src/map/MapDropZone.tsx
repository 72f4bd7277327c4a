import { useEffect, useRef, useState } from 'react';
import { useT } from '../state/use-t';
import { startImport } from '../import-ui/start-import';
import './imported.css';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped on the map are imported like picked ones; while a file is
 * dragged over it, the map says so. A file dropped anywhere else is ignored
 * rather than opened by the browser in place of the app.
 */
export function MapDropZone() {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(false);

  useEffect(() => {
    const area = ref.current?.parentElement;
    if (!area) return;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setActive(false);
      void startImport([...(e.dataTransfer?.files ?? [])]);
    };
    const ignore = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const listeners: [EventTarget, string, (e: DragEvent) => void][] = [
      [area, 'dragenter', enter],
      [area, 'dragover', over],
      [area, 'dragleave', leave],
      [area, 'drop', drop],
      [window, 'dragover', ignore],
      [window, 'drop', ignore],
    ];
    for (const [target, type, listener] of listeners) {
      target.addEventListener(type, listener as EventListener);
    }
    return () => {
      for (const [target, type, listener] of listeners) {
        target.removeEventListener(type, listener as EventListener);
      }
    };
  }, []);

  return (
    <div ref={ref} className={`drop-zone${active ? ' is-active' : ''}`} aria-hidden="true">
      {active && <p>{t('importDropHere')}</p>}
    </div>
  );
}
