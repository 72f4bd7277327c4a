import { formatDistance } from '../../analysis/qpv-relation-text';
import type { Pole } from '../../data/types';
import type { Lang } from '../../i18n/messages';
import { selectQpv } from '../../state/qpv-actions';
import { selectPole } from '../../state/store';

export interface DistanceItem {
  key: string;
  /** The button's text: a pole's name, or a QPV's name and code. */
  label: string;
  distanceM: number;
  select: () => void;
  /** Set on QPV buttons, so that closing the QPV card gives focus back to the one used. */
  qpvCode?: string;
}

/**
 * Poles or QPVs with their distance, each a button that opens it. `insideLabel` replaces a
 * distance of 0 where 0 means "inside" (a pole in the QPV, a place in a QPV).
 */
export function DistanceList({
  items,
  lang,
  className,
  ordered = false,
  insideLabel,
}: {
  items: readonly DistanceItem[];
  lang: Lang;
  className?: string;
  ordered?: boolean;
  insideLabel?: string;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            className="link-button"
            data-qpv-code={item.qpvCode}
            onClick={item.select}
          >
            {item.label}
          </button>{' '}
          —{' '}
          {item.distanceM === 0 && insideLabel !== undefined
            ? insideLabel
            : formatDistance(item.distanceM, lang)}
        </li>
      ))}
    </List>
  );
}

/** Poles, each opening its details. */
export function poleDistanceItems(
  list: readonly { pole: Pick<Pole, 'id' | 'nom'>; distanceM: number }[],
): DistanceItem[] {
  return list.map(({ pole, distanceM }) => ({
    key: pole.id,
    label: pole.nom,
    distanceM,
    select: () => selectPole(pole.id, true),
  }));
}

/** QPVs as "Name (code)", each opening its card. */
export function qpvDistanceItems(
  list: readonly { code: string; nom: string; distanceM: number }[],
): DistanceItem[] {
  return list.map(({ code, nom, distanceM }) => ({
    key: code,
    label: `${nom} (${code})`,
    distanceM,
    select: () => selectQpv(code),
    qpvCode: code,
  }));
}
