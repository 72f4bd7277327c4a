import { useMemo } from 'react';
import { isUnreachable } from '../data/offline-failure';
import { useT } from '../state/use-t';
import { useAppStore } from '../state/store';
import './load-status.css';

/**
 * One status line over the map when the communes of départements in view could not be reached:
 * offline, the service worker has only the files of départements seen before. The rest of the
 * map works; the line goes once the network is back and the files come.
 */
export function CommunesOfflineNote() {
  const t = useT();
  const communes = useAppStore((s) => s.communes);
  const basemap = useAppStore((s) => s.basemap);
  const deps = useMemo(
    () =>
      Object.entries(communes)
        .filter(([, load]) => load.state === 'error' && isUnreachable(load.error))
        .map(([dep]) => dep)
        .sort(),
    [communes],
  );
  const names = deps.map((dep) => {
    const name = basemap.state === 'ready' ? basemap.value.departementNames[dep] : undefined;
    return name ? `${name}, ${dep}` : dep;
  });
  return (
    <div role="status" className="offline-note" data-communes-offline={deps.join(' ')}>
      {deps.length > 0 && (
        <p className="alert alert--warn">
          {t(deps.length === 1 ? 'communesOfflineOne' : 'communesOfflineMany', {
            deps: names.join(' ; '),
          })}
        </p>
      )}
    </div>
  );
}
