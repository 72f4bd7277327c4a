import { numberFormat } from '../../data/intl-formats';
import type { Lang } from '../../i18n/messages';
import { useT } from '../../state/use-t';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** The row's own base (an official total): shown in its column, and the share is of it. */
  of?: number;
  /** A public source for the row's base, opened in a new tab. */
  source?: { href: string; label: string };
  /** A button after the label (a région's profile): its visible text and accessible name. */
  action?: { text: string; label: string; onClick: () => void };
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

function share(count: number, base: number): number {
  return base > 0 ? count / base : 0;
}

/**
 * A bar chart that is a real table: each row has its header cell, its count and its share of
 * the poles shown, and the bar is drawn in the same row for sighted readers only.
 */
export function CountTable({
  caption,
  keyHeader,
  rows,
  total,
  lang,
  note,
  name,
  countHeader,
  ofHeader,
}: {
  caption: string;
  keyHeader: string;
  rows: CountRow[];
  /** The poles shown, the base of the shares. */
  total: number;
  lang: Lang;
  note?: string;
  name: string;
  /** Header of the count column ("Pôles" unless told). */
  countHeader?: string;
  /** Header of the column of each row's own base, when rows have one. */
  ofHeader?: string;
}) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="stats-table" data-stats={name}>
      <caption>
        {caption}
        {note && <span className="stats-table__note">{note}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col" className="stats-table__num">
            {countHeader ?? t('statsColCount')}
          </th>
          {ofHeader && (
            <th scope="col" className="stats-table__num">
              {ofHeader}
            </th>
          )}
          <th scope="col" className="stats-table__share">
            {t('statsColShare')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">
              {r.label}
              {r.source && (
                <>
                  {' '}
                  <a
                    className="stats-table__source"
                    href={r.source.href}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {r.source.label}
                  </a>
                </>
              )}
              {r.action && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button stats-table__action"
                    aria-label={r.action.label}
                    onClick={r.action.onClick}
                  >
                    {r.action.text}
                  </button>
                </>
              )}
            </th>
            <td className="stats-table__num">{r.count}</td>
            {ofHeader && <td className="stats-table__num">{r.of ?? ''}</td>}
            <td className="stats-table__share">
              <span className="stats-bar" aria-hidden="true">
                <span
                  style={{
                    width: `${(100 * r.count) / (r.of !== undefined ? Math.max(1, r.of) : max)}%`,
                  }}
                />
              </span>
              <span className="stats-table__pct">
                {numberFormat(lang, PERCENT).format(share(r.count, r.of ?? total))}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
