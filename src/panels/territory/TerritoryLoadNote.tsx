import { EPCI_FILE, TERRITOIRES_FILE } from '../../data/territory-code';
import { useT } from '../../state/use-t';
import { useAppStore } from '../../state/store';
import { loadErrorText } from '../load-error-text';

/**
 * In the load report, a line per territory file that could not be used: without epci.json the
 * région and département profiles still work, without territoires.json no profile does.
 */
export function TerritoryLoadNote() {
  const t = useT();
  const territoires = useAppStore((s) => s.territoires);
  const epci = useAppStore((s) => s.epci);
  const failed = [
    territoires.state === 'error' && {
      file: TERRITOIRES_FILE,
      text: t('terrFailed'),
      error: territoires.error,
    },
    epci.state === 'error' && { file: EPCI_FILE, text: t('terrEpciFailed'), error: epci.error },
  ].filter((f) => f !== false);
  if (failed.length === 0) return null;
  return (
    <ul className="communes-note">
      {failed.map((f) => (
        <li key={f.file} data-territory-failed={f.file}>
          {f.text} {loadErrorText(f.error, f.file, t)}
        </li>
      ))}
    </ul>
  );
}
