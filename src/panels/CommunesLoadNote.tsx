import { useMemo } from 'react';
import { communeFile } from '../data/commune-set';
import { isUnreachable } from '../data/offline-failure';
import { useT } from '../state/use-t';
import { useAppStore } from '../state/store';
import { loadErrorText } from './load-error-text';

/**
 * In the load report, one quiet line per communes file that could not be used: the map goes on
 * without that département's communes.
 */
export function CommunesLoadNote() {
  const t = useT();
  const communes = useAppStore((s) => s.communes);
  const failed = useMemo(
    () =>
      Object.entries(communes)
        .flatMap(([dep, load]) =>
          // A file that could not be reached is said over the map (CommunesOfflineNote).
          load.state === 'error' && !isUnreachable(load.error) ? [{ dep, error: load.error }] : [],
        )
        .sort((a, b) => a.dep.localeCompare(b.dep)),
    [communes],
  );
  if (failed.length === 0) return null;
  return (
    <ul className="communes-note">
      {failed.map(({ dep, error }) => (
        <li key={dep} data-communes-failed={dep}>
          {t('communesFailed', { dep, error: loadErrorText(error, communeFile(dep), t) })}
        </li>
      ))}
    </ul>
  );
}
