import { dataUrl } from '../data/fetch-data';
import { useT } from '../state/use-t';
import { SourcesCoverage } from './corrections/SourcesCoverage';

export function SourcesInfo() {
  const t = useT();
  return (
    <details className="panel sources">
      <summary>{t('sourcesTitle')}</summary>
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
