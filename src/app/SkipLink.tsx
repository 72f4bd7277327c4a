import { useT } from '../state/use-t';
import { openSheet } from '../state/store';

/** Leads to the list of poles; in the compact layout the list is in a sheet, opened first. */
export function SkipLink({ compact }: { compact: boolean }) {
  const t = useT();
  return (
    <a
      className="skip-link"
      // The sheet renders the list only once opened: until then, the link leads to the sheet.
      href={compact ? '#sidebar' : '#pole-list'}
      onClick={(e) => {
        if (!compact) return;
        e.preventDefault();
        openSheet('list');
        requestAnimationFrame(() => document.getElementById('pole-list')?.focus());
      }}
    >
      {t('skipToList')}
    </a>
  );
}
