import { useT } from '../state/use-t';
import { openSheet, useAppStore } from '../state/store';

/** In the compact layout (phone, embed), the buttons that open the filters and the list. */
export function CompactBar() {
  const t = useT();
  const sheet = useAppStore((s) => s.sheet);
  return (
    <div className="compact-bar">
      <button
        type="button"
        aria-expanded={sheet === 'filters'}
        aria-controls="sidebar"
        onClick={() => openSheet(sheet === 'filters' ? null : 'filters')}
      >
        {t('openFilters')}
      </button>
      <button
        type="button"
        aria-expanded={sheet === 'list'}
        aria-controls="sidebar"
        onClick={() => openSheet(sheet === 'list' ? null : 'list')}
      >
        {t('openList')}
      </button>
    </div>
  );
}
