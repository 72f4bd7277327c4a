import { useEffect, useRef, useState } from 'react';
import { safeHttpUrl } from '../../data/safe-url';
import type { Sector } from '../../data/types';
import { useT } from '../../state/use-t';
import type { ColumnMapping } from '../../import/guess-columns';
import type { ImportedSite } from '../../import/types';
import { loadLayerClient } from '../../import-ui/load-client';
import { siteName } from '../../map/site-name';
import { parseSiteSelection, type SiteRef } from '../../state/site-selection';
import { closeDetails, useAppStore } from '../../state/store';
import { sectorLabel } from '../sector-label';
import { useFocusReturn } from '../use-focus-return';
import { useDocumentEscape } from '../use-document-escape';
import { FactRow as Row } from '../FactRow';
import { CloseButton } from '../../ui/CloseButton';

interface Loaded {
  key: string;
  site: ImportedSite | null;
  layer: { name: string; fileName: string; mapping: ColumnMapping } | null;
}

function markerElement(selectionId: string): HTMLElement | null {
  const ref = parseSiteSelection(selectionId);
  if (!ref) return null;
  return document.querySelector<HTMLElement>(
    `.imported-marker[data-layer-id="${CSS.escape(ref.layerId)}"][data-site-id="${CSS.escape(ref.siteId)}"]`,
  );
}

function useSelectedSite(): {
  ref: SiteRef | null;
  selectionId: string | null;
  loaded: Loaded | null;
} {
  const selectedId = useAppStore((s) => s.selectedId);
  const ref = parseSiteSelection(selectedId);
  const selectionId = ref ? selectedId : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    const target = parseSiteSelection(selectionId);
    if (!target || !selectionId) return;
    let live = true;
    void loadLayerClient()
      .then((c) => c.fetchSite(target.layerId, target.siteId))
      .then((answer) => {
        if (live) setLoaded({ key: selectionId, site: answer.site, layer: answer.layer });
      });
    return () => {
      live = false;
    };
  }, [selectionId]);
  return { ref, selectionId, loaded: loaded && loaded.key === selectionId ? loaded : null };
}

function sectorsText(
  keys: readonly string[],
  sectors: readonly Sector[],
  lang: 'fr' | 'en',
  custom: Map<string, string>,
) {
  return keys.map((k) => custom.get(k) ?? sectorLabel(k, sectors, lang)).join(' · ');
}

/**
 * The details of an imported site, like a reference pole's: focus moves to
 * its name, Escape or the close button gives it back. Everything from the file
 * is shown as text; only the validated http(s) website is a link.
 */
export function ImportedSiteDetailsPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const poles = useAppStore((s) => s.poles);
  const layers = useAppStore((s) => s.imports.layers);
  const { selectionId, loaded } = useSelectedSite();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusReturn(selectionId, markerElement);
  const open = loaded !== null;

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open, loaded?.key]);

  useDocumentEscape(selectionId !== null, closeDetails);

  if (!loaded) return null;
  const { site, layer } = loaded;
  const close = <CloseButton label={t('closeDetails')} onClick={closeDetails} />;
  if (!site || !layer) {
    return (
      <section className="details" role="region" aria-labelledby="details-title">
        <div className="details__header">
          <h2 id="details-title" ref={heading} tabIndex={-1}>
            {t('siteDetailsLabel')}
          </h2>
          {close}
        </div>
        <p>{t('siteUnavailable')}</p>
      </section>
    );
  }

  const sectors = poles.state === 'ready' ? poles.value.sectors : [];
  const custom = new Map<string, string>();
  for (const l of layers) for (const c of l.customSectors) custom.set(c.key, c.label);
  const approx = site.precision === 'commune' || site.precision === 'departement';
  const website = site.siteWeb ? safeHttpUrl(site.siteWeb) : null;
  const mapped = new Set(Object.values(layer.mapping));
  const others = Object.entries(site.properties).filter(([column]) => !mapped.has(column));
  const name = siteName(site, site.id, t);
  const none = <span className="muted">{t('notProvided')}</span>;
  const text = (value: string) => (value ? value : none);

  return (
    <section
      className="details details--imported"
      role="region"
      aria-labelledby="details-title"
      data-site-id={site.id}
    >
      <div className="details__header">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        {close}
      </div>
      <p className="details__kind">
        {t('siteDetailsLabel')} — {layer.name}
      </p>
      {approx && (
        <p className="details__approx">
          <strong>{t('approxShort')}</strong> — {t('siteApproxNote')}
        </p>
      )}
      <dl className="details__facts">
        <Row label={t('f_layer')}>{layer.name}</Row>
        {/* GeoJSON sites ("f3") count features, CSV sites ("r3") spreadsheet rows. */}
        <Row label={site.id.startsWith('f') ? t('f_feature') : t('f_row')}>{site.row}</Row>
        <Row label={t('f_commune')}>{text(site.commune)}</Row>
        <Row label={t('f_codeInsee')}>{text(site.codeInsee)}</Row>
        <Row label={t('f_codePostal')}>{text(site.codePostal)}</Row>
        <Row label={t('f_departement')}>{text(site.departement)}</Row>
        <Row label={t('f_adresse')}>{text(site.adresse)}</Row>
        <Row label={t('f_secteurs')}>
          {site.secteurs.length > 0 ? sectorsText(site.secteurs, sectors, lang, custom) : none}
        </Row>
        <Row label={t('f_localisation')}>{t(`prec_${site.precision}`)}</Row>
        <Row label={t('f_coordinates')}>
          {site.lat.toFixed(5)}, {site.lon.toFixed(5)}
        </Row>
        <Row label={t('f_siteWeb')}>
          {website ? (
            <a href={website} target="_blank" rel="noopener noreferrer">
              {website}
            </a>
          ) : (
            none
          )}
        </Row>
      </dl>
      <h3>{t('f_siteDescription')}</h3>
      <p className="details__description">{text(site.description)}</p>
      {others.length > 0 && (
        <>
          <h3>{t('siteOtherColumns')}</h3>
          <dl className="details__facts details__others">
            {others.map(([column, value]) => {
              const list = site.lists?.[column];
              return (
                <Row key={column} label={column}>
                  {list && list.length > 1 ? (
                    <ul className="details__list">
                      {list.map((item, i) => (
                        <li key={i}>{item}</li>
                      ))}
                    </ul>
                  ) : (
                    value
                  )}
                </Row>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
