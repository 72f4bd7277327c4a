import type { Lang } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

const percentFormat = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

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
}: {
  caption: string;
  keyHeader: string;
  rows: CountRow[];
  /** The poles shown, the base of the shares. */
  total: number;
  lang: Lang;
  note?: string;
  name: string;
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
            {t('statsColCount')}
          </th>
          <th scope="col" className="stats-table__share">
            {t('statsColShare')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="stats-table__num">{r.count}</td>
            <td className="stats-table__share">
              <span className="stats-bar" aria-hidden="true">
                <span style={{ width: `${(100 * r.count) / max}%` }} />
              </span>
              <span className="stats-table__pct">
                {percentFormat[lang].format(total > 0 ? r.count / total : 0)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
