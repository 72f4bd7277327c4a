import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../state/use-t';
import { useFocusReturn } from '../panels/use-focus-return';
import { openSheet, useAppStore } from '../state/store';
import { CloseButton } from '../ui/CloseButton';
import { useLatch } from '../ui/use-latch';

/**
 * The side panel; in the compact layout (phone, embed) a bottom sheet that shows either the
 * filters or the list, opened from the compact bar, with focus moved in and given back.
 */
export function Sidebar({
  compact,
  busy,
  children,
}: {
  compact: boolean;
  /** Its content is behind what the map already shows (a deferred render on its way). */
  busy: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const sheet = useAppStore((s) => s.sheet);
  const open = compact ? sheet : null;
  // A closed sheet's content is rendered only once the sheet has first been opened: on a phone,
  // the filters, the list and the import panel are work the first load does not need.
  const opened = useLatch(open !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusReturn(open, () => null);

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  // Choosing a pole shows its details in place of the sheet, in the same render so that the
  // details panel, not the sheet, ends up with the focus.
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selectedId !== null && s.selectedId !== prev.selectedId && s.sheet) openSheet(null);
      }),
    [],
  );

  if (!compact) {
    return (
      <aside className="sidebar" id="sidebar" aria-busy={busy || undefined}>
        {children}
      </aside>
    );
  }
  return (
    <section
      className="sidebar sidebar--sheet"
      id="sidebar"
      role="dialog"
      aria-labelledby="sheet-title"
      data-sheet={open ?? undefined}
      aria-busy={busy || undefined}
      hidden={!open}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          openSheet(null);
        }
      }}
    >
      <div className="sheet__header">
        <h2 id="sheet-title" ref={heading} tabIndex={-1}>
          {open === 'list' ? t('listTitle') : t('filtersTitle')}
        </h2>
        <CloseButton label={t('closeSheet')} onClick={() => openSheet(null)} />
      </div>
      {opened && children}
    </section>
  );
}
