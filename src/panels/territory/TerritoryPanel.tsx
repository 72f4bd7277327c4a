import { useEffect, useMemo, useRef } from 'react';
import { NONE_KEY } from '../../analysis/stats';
import type { Ratio, Territory } from '../../analysis/territory-profile';
import { numberFormat } from '../../data/intl-formats';
import { EPCI_FILE } from '../../data/territories';
import type { PolesData } from '../../data/load-reference';
import type { Lang, T } from '../../i18n/messages';
import { waveName, wavesByCode } from '../../data/waves';
import { useT } from '../../state/use-t';
import type { Filters } from '../../state/filters';
import { selectQpv } from '../../state/qpv-actions';
import { selectPole, useAppStore } from '../../state/store';
import { closeTerritory } from '../../state/territory-actions';
import { CloseButton } from '../../ui/CloseButton';
import { CountTable } from '../qpv/CountTable';
import { FactRow } from '../FactRow';
import { sectorLabel } from '../sector-label';
import { useDocumentEscape } from '../use-document-escape';
import { useTerritoryProfile } from './use-territory-profile';
import './territory.css';

function kindLabel(t: Territory, tr: T): string {
  if (t.kind === 'reg') return tr('terrKind_reg');
  if (t.kind === 'dep') {
    const region = t.regionNom ? ` · ${tr('terrRegionOf', { name: t.regionNom })}` : '';
    return `${tr('terrKind_dep')} (${t.code})${region}`;
  }
  return `${tr(`terrKind_${t.epciType ?? 'CC'}`)} · ${tr('terrSiren', { code: t.code })}`;
}

function filterList(f: Filters, t: T): string {
  const parts = [
    f.hiddenSectors.length > 0 && t('terrFilterSectors', { n: f.hiddenSectors.length }),
    f.hiddenAppels.length > 0 && t('terrFilterAppels', { n: f.hiddenAppels.length }),
    f.onlyMembres && t('terrFilterMembres'),
    f.year !== null && t('terrFilterYear', { year: f.year }),
    f.hiddenQpvRelations.length > 0 && t('terrFilterQpv', { n: f.hiddenQpvRelations.length }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(', ') : t('terrFiltersNone');
}

function ratioText(r: Ratio, lang: Lang, t: T, percent: boolean): string {
  if (r.value === null) return t('terrFigNone');
  const value = percent
    ? numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(r.value)
    : numberFormat(lang, { maximumFractionDigits: 2 }).format(r.value);
  const n = numberFormat(lang);
  return `${value} (${t('terrFigTerms', { a: n.format(r.numerator), b: n.format(r.denominator) })})`;
}

/** A name that opens something on screen, plain text on paper (no button on a printed sheet). */
function Opener({
  printing,
  onClick,
  children,
  ...rest
}: {
  printing: boolean;
  onClick: () => void;
  children: string;
  'data-pole-id'?: string;
}) {
  if (printing) return <span {...rest}>{children}</span>;
  return (
    <button type="button" className="link-button" onClick={onClick} {...rest}>
      {children}
    </button>
  );
}

/**
 * A région's, département's or intercommunality's profile: population, the poles on it (by
 * wave, every wave of appels.csv listed, by sector, listed), its QPV, and three ratios against
 * France, every figure a table. While `printing`, its sheet: the same tables, names as text.
 */
export function TerritoryPanel({ data, printing }: { data: PolesData; printing: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const code = useAppStore((s) => s.territory);
  // A pole's details, opened from the list, lie over the profile; closing them shows it again.
  const covered = useAppStore((s) => s.selectedId !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  const profile = useTerritoryProfile(data.poles, data.waves);
  const waves = useMemo(() => wavesByCode(data.waves), [data.waves]);
  const { resolution } = profile;
  const found = resolution.state === 'found' ? resolution.territory : null;
  const n = numberFormat(lang);

  useEffect(() => {
    if (found && !covered) heading.current?.focus();
  }, [found, covered]);
  useDocumentEscape(code !== null && !covered, closeTerritory);

  if (code === null) return null;
  const status =
    resolution.state === 'loading'
      ? t('terrLoading')
      : resolution.state === 'error'
        ? t('terrFailed')
        : resolution.state === 'no-epci'
          ? t('terrEpciFailed')
          : null;

  return (
    <section
      className="details territory"
      role="region"
      aria-labelledby="territory-title"
      hidden={covered}
      data-territory={code}
    >
      <div className="details__header">
        <h2 id="territory-title" ref={heading} tabIndex={-1}>
          {found ? found.nom : code}
        </h2>
        <CloseButton label={t('terrClose')} onClick={closeTerritory} />
      </div>
      {status && (
        <p role={resolution.state === 'loading' ? 'status' : 'alert'} className="territory__status">
          {status}
          {resolution.state === 'no-epci' && ` (${EPCI_FILE})`}
        </p>
      )}
      {found && (
        <>
          <p className="territory__kind">{kindLabel(found, t)}</p>
          <dl className="details__facts">
            <FactRow label={t('terrPopulation')}>
              <span data-testid="territory-population" data-value={found.population ?? ''}>
                {found.population === null
                  ? t('terrUnknownPopulation')
                  : t('terrPopulationValue', { n: n.format(found.population) })}
              </span>
            </FactRow>
          </dl>
          <p className="muted territory__note">{t('terrPopulationNote')}</p>
          <p className="territory__filters">{t('terrFilters', { list: filterList(filters, t) })}</p>

          <h3>{t('terrPoles')}</h3>
          <p data-testid="territory-pole-count">
            {profile.poles.length === 0
              ? t('terrNoPole')
              : t('terrPolesCount', { n: profile.poles.length })}
          </p>
          {profile.poles.length > 0 && (
            <>
              <CountTable
                name="territory-wave"
                caption={t('terrByWave')}
                keyHeader={t('terrColWave')}
                rows={profile.byWave.map((r) => ({
                  ...r,
                  label: waveName(waves.get(r.key)!, lang),
                }))}
                total={profile.poles.length}
                lang={lang}
              />
              <CountTable
                name="territory-sector"
                caption={t('terrBySector')}
                keyHeader={t('statsColSector')}
                rows={profile.bySector.map((r) => ({
                  ...r,
                  label:
                    r.key === NONE_KEY ? t('noSector') : sectorLabel(r.key, data.sectors, lang),
                }))}
                total={profile.poles.length}
                lang={lang}
              />
              <h4>{t('terrPoleList')}</h4>
              <ul className="territory__list" data-testid="territory-poles">
                {profile.poles.map((p) => (
                  <li key={p.id}>
                    <Opener
                      printing={printing}
                      data-pole-id={p.id}
                      onClick={() => selectPole(p.id, true)}
                    >
                      {p.nom}
                    </Opener>{' '}
                    <span className="muted">
                      {[
                        p.commune || p.departement || p.region,
                        p.lat === null
                          ? t('terrNotLocated')
                          : p.precision === 'commune' || p.precision === 'departement'
                            ? t('terrApprox')
                            : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="muted territory__note">{t('terrCountingRule')}</p>

          <h3>{t('terrQpv')}</h3>
          {profile.qpv.state === 'loading' && <p role="status">{t('terrQpvLoading')}</p>}
          {profile.qpv.state === 'error' && <p role="alert">{t('terrQpvFailed')}</p>}
          {profile.qpv.state === 'ready' && (
            <>
              <p data-testid="territory-qpv-count">
                {profile.qpv.list.length === 0
                  ? t('terrQpvNone')
                  : t('terrQpvCount', { n: profile.qpv.list.length })}
              </p>
              {profile.poles.length > 0 && (
                <p data-testid="territory-qpv-near">
                  {profile.analysed
                    ? t('terrQpvNear', { near: profile.near.near })
                    : t('terrQpvNearPending')}
                </p>
              )}
              {profile.qpv.list.length > 0 && (
                <ul className="territory__list territory__qpv" data-testid="territory-qpv">
                  {profile.qpv.list.map((q) => (
                    <li key={q.code}>
                      <Opener printing={printing} onClick={() => selectQpv(q.code)}>
                        {q.nom}
                      </Opener>{' '}
                      <span className="muted">
                        {q.commune} · {q.code}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <p className="muted territory__note">{t('terrQpvRule')}</p>
            </>
          )}

          {profile.figures && (
            <>
              <h3>{t('terrFigures')}</h3>
              <table className="stats-table territory__figures" data-stats="territory-figures">
                <caption>{t('terrFiguresCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('terrColFigure')}</th>
                    <th scope="col">{t('terrColHere')}</th>
                    <th scope="col">{t('terrColFrance')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(
                    [
                      ['polesPer100k', 'terrFigPoles', 'terrFigPolesDef', false],
                      ['qpvPer100k', 'terrFigQpv', 'terrFigQpvDef', false],
                      ['nearQpvShare', 'terrFigNear', 'terrFigNearDef', true],
                    ] as const
                  ).map(([key, label, def, percent]) => (
                    <tr key={key} data-figure={key}>
                      <th scope="row">
                        {t(label)}
                        <span className="territory__def">{t(def)}</span>
                      </th>
                      <td>{ratioText(profile.figures![key].territory, lang, t, percent)}</td>
                      <td>{ratioText(profile.figures![key].france, lang, t, percent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
