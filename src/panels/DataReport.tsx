import type { PolesData } from '../data/load-reference';
import { useT } from '../state/use-t';
import { CommunesLoadNote } from './CommunesLoadNote';
import { TerritoryLoadNote } from './territory/TerritoryLoadNote';

/** Every rejected or corrected row of the shipped files, with its line and reason. */
export function DataReport({ data }: { data: PolesData }) {
  const t = useT();
  const rejected = data.issues.filter((i) => i.severity === 'rejected');
  const corrected = data.issues.filter((i) => i.severity === 'corrected');
  return (
    <details className="data-report">
      <summary>
        {t('dataReport')} :{' '}
        {t('dataReportSummary', {
          poles: data.poles.length,
          rejected: rejected.length,
          corrected: corrected.length,
        })}
      </summary>
      {data.issues.length > 0 && (
        <ul>
          {data.issues.map((i, n) => (
            <li key={n} className={i.severity === 'rejected' ? 'issue--rejected' : undefined}>
              {i.file
                ? t('rowIssueInFile', {
                    file: i.file,
                    row: i.row,
                    field: i.field,
                    message: i.message,
                  })
                : t('rowIssue', { row: i.row, field: i.field, message: i.message })}
            </li>
          ))}
        </ul>
      )}
      <CommunesLoadNote />
      <TerritoryLoadNote />
    </details>
  );
}
