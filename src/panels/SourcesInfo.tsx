import { useState } from 'react';
import { dataUrl } from '../data/fetch-data';
import { longDate } from '../data/intl-formats';
import { useAppStore } from '../state/store';
import { useT } from '../state/use-t';
import { SourcesCoverage } from './corrections/SourcesCoverage';
import { useDataDate } from './use-data-date';

export function SourcesInfo() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const date = useDataDate(open);
  return (
    <details className="panel sources" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('sourcesTitle')}</summary>
      {date && <p data-data-date={date}>{t('dataDate', { date: longDate(date, lang) })}</p>}
      <SourcesCoverage />
      <ul>
        <li>{t('sourcesPoles')}</li>
        <li>{t('sourcesBasemap')}</li>
        <li>{t('sourcesQpv')}</li>
        <li>{t('sourcesCommunes')}</li>
        <li>
          <a href={dataUrl('SOURCES.md')} target="_blank" rel="noopener">
            {t('sourcesFile')}
          </a>
        </li>
      </ul>
    </details>
  );
}
