import type { Lang } from '../../i18n/messages';
import { CountTable, type CountRow } from './CountTable';

/** One table of the statistics dialog: a dimension of the poles and its rows. */
export interface StatsTableSpec {
  name: string;
  caption: string;
  keyHeader: string;
  rows: CountRow[];
  note?: string;
  countHeader?: string;
  ofHeader?: string;
}

/** Every breakdown of the statistics dialog, one table block each. */
export function StatsTables({
  tables,
  total,
  lang,
}: {
  tables: readonly StatsTableSpec[];
  total: number;
  lang: Lang;
}) {
  return (
    <div className="stats-dialog__grid">
      {tables.map((spec) => (
        <CountTable key={spec.name} {...spec} total={total} lang={lang} />
      ))}
    </div>
  );
}
