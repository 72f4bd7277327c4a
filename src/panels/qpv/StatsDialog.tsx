import { useEffect, useMemo, useRef } from 'react';
import type { PolesData } from '../../data/load-reference';
import { useT } from '../../state/use-t';
import { useVisiblePoles } from '../../state/use-visible-poles';
import { setStatsOpen } from '../../state/qpv-actions';
import { useAppStore } from '../../state/store';
import { useQpvCategories } from '../../state/use-qpv-categories';
import { waveCoverageRows, precisionRows } from '../corrections/coverage-rows';
import { useCoverage } from '../corrections/use-coverage';
import { StatsTables, type StatsTableSpec } from './StatsTables';
import { statsRows } from './stats-rows';
import { CloseButton } from '../../ui/CloseButton';
import { ensureTerritoryFiles } from '../../state/territory-actions';
import { territoryRows } from './territory-rows';

/**
 * The poles shown, by relation to the QPV, call, location precision, sector and region, and the
 * laureates known per call against the official totals; a modal dialog.
 */
export function StatsDialog({ data }: { data: PolesData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.statsOpen);
  const analysed = useAppStore((s) => Object.keys(s.qpvRelations).length > 0);
  const categories = useQpvCategories();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const shown = useVisiblePoles(data.poles);
  const rows = useMemo(
    () => statsRows(shown, data.sectors, data.waves, categories, lang, t),
    [shown, data.sectors, data.waves, categories, lang, t],
  );
  const cov = useCoverage(data);
  const territoires = useAppStore((s) => s.territoires);
  useEffect(() => {
    if (open) ensureTerritoryFiles();
  }, [open]);
  // Each région and département row opens its profile once the territory names are in.
  const withProfiles = useMemo(
    () =>
      territoryRows(
        rows.region,
        shown,
        territoires.state === 'ready' ? territoires.value : null,
        t,
      ),
    [rows.region, shown, territoires, t],
  );
  const tables = useMemo<StatsTableSpec[]>(
    () => [
      { name: 'qpv', caption: t('statsByQpv'), keyHeader: t('statsColQpv'), rows: rows.qpv },
      {
        name: 'appel',
        caption: t('statsByAppel'),
        keyHeader: t('statsColAppel'),
        rows: rows.appel,
      },
      ...(cov?.state === 'ready'
        ? [
            {
              name: 'coverage',
              caption: t('statsByCall'),
              keyHeader: t('statsColAppel'),
              rows: waveCoverageRows(cov.value, lang, t),
              countHeader: t('statsColKnown'),
              ofHeader: t('statsColOfficial'),
            },
          ]
        : []),
      {
        name: 'precision',
        caption: t('statsByPrecision'),
        keyHeader: t('statsColPrecision'),
        rows: precisionRows(shown, t),
      },
      {
        name: 'sector',
        caption: t('statsBySector'),
        keyHeader: t('statsColSector'),
        rows: rows.sector,
        note: t('statsSectorNote'),
      },
      {
        name: 'region',
        caption: t('statsByRegion'),
        keyHeader: t('statsColRegion'),
        rows: withProfiles.region,
      },
      ...(withProfiles.departement.length > 0
        ? [
            {
              name: 'departement',
              caption: t('statsByDepartement'),
              keyHeader: t('terrKind_dep'),
              rows: withProfiles.departement,
            },
          ]
        : []),
    ],
    [rows, cov, shown, lang, t, withProfiles],
  );

  return (
    <dialog
      ref={dialog}
      className="stats-dialog"
      aria-labelledby="stats-title"
      // Escape and the close button both end here, so the store always knows.
      onClose={() => setStatsOpen(false)}
      // The pole details listen for Escape on the document: this one is the dialog's.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      {open && (
        <>
          <div className="stats-dialog__header">
            <h2 id="stats-title">{t('statsTitle')}</h2>
            <CloseButton label={t('statsClose')} onClick={() => setStatsOpen(false)} />
          </div>
          <p className="stats-dialog__summary">
            {t('statsSummary', { shown: shown.length, total: data.poles.length })}
          </p>
          {!analysed && <p className="hint">{t('qpvFilterPending')}</p>}
          <StatsTables tables={tables} total={shown.length} lang={lang} />
        </>
      )}
    </dialog>
  );
}
