import { useEffect, useRef, type ReactNode } from 'react';
import type { PolesData } from '../data/load-reference';
import type { Pole } from '../data/types';
import type { T } from '../i18n/messages';
import { useT } from '../state/use-t';
import { closeDetails, useAppStore } from '../state/store';
import { ProposeCorrectionButton } from './corrections/ProposeCorrectionButton';
import { NeighbourhoodZoomButton } from './NeighbourhoodZoomButton';
import { QpvRelationFact } from './qpv/QpvRelationFact';
import { sectorLabel } from './sector-label';
import { TerritoryLinks } from './territory/TerritoryLinks';
import { useDepartementName } from './use-departement-name';
import { useDocumentEscape } from './use-document-escape';
import { useFocusReturn } from './use-focus-return';
import { FactRow as Row } from './FactRow';
import { WaveFacts, WaveSources } from './WaveFacts';
import { areaOf } from '../data/pole-area';
import { CloseButton } from '../ui/CloseButton';

function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {href}
    </a>
  );
}

function text(value: string | number | null, t: T): ReactNode {
  return value === null || value === '' ? <span className="muted">{t('notProvided')}</span> : value;
}

function precisionText(pole: Pole, t: T): string {
  return t(`prec_${pole.precision}`);
}

function poleElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.leaflet-marker-icon[data-pole-id="${CSS.escape(id)}"], .pole-list__item[data-pole-id="${CSS.escape(id)}"]`,
  );
}

/** Everything known about one pole, each fact traceable to the sources listed at the end. */
export function DetailsPanel({ data }: { data: PolesData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const selectedId = useAppStore((s) => s.selectedId);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusReturn(selectedId, poleElement);
  const pole = data.poles.find((p) => p.id === selectedId);
  const departementNom = useDepartementName(pole?.departement ?? '');

  useEffect(() => {
    if (pole) heading.current?.focus();
  }, [pole]);

  useDocumentEscape(pole !== undefined, closeDetails);

  if (!pole) return null;
  const approx = pole.precision === 'commune' || pole.precision === 'departement';
  const wave = data.waves.find((w) => w.code === pole.appel);
  const area = pole.lat === null ? areaOf(pole) : null;

  return (
    <section className="details" role="region" aria-labelledby="details-title">
      <div className="details__header">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          {pole.nom}
        </h2>
        <CloseButton label={t('closeDetails')} onClick={closeDetails} />
      </div>
      {approx && (
        <p className="details__approx">
          <strong>{t('approxShort')}</strong> — {pole.noteLocalisation || precisionText(pole, t)}
        </p>
      )}
      {pole.lat === null && (
        <p className="details__approx">
          {t('prec_inconnue')}
          {area && <> {t('areaOutlineNote', { kind: t(`areaKind_${area.kind}`) })}</>}
        </p>
      )}
      <NeighbourhoodZoomButton pole={pole} />
      <dl className="details__facts">
        <Row label={t('f_commune')}>{text(pole.commune, t)}</Row>
        <Row label={t('f_departement')}>
          {pole.departement
            ? departementNom
              ? `${departementNom} (${pole.departement})`
              : pole.departement
            : text('', t)}
        </Row>
        <Row label={t('f_region')}>{text(pole.region, t)}</Row>
        <TerritoryLinks pole={pole} />
        <Row label={t('f_quartier')}>
          {pole.quartier
            ? `${pole.quartier}${pole.codeQpv ? ` (${pole.codeQpv})` : ''}`
            : text('', t)}
        </Row>
        <QpvRelationFact poleId={pole.id} />
        <Row label={t('f_adresse')}>{text(pole.adresse, t)}</Row>
        <Row label={t('f_secteurs')}>
          {pole.secteurs.length > 0
            ? pole.secteurs.map((k) => sectorLabel(k, data.sectors, lang)).join(' · ')
            : text('', t)}
        </Row>
        <Row label={t('f_porteur')}>{text(pole.porteur, t)}</Row>
        <Row label={t('f_creation')}>{text(pole.creation, t)}</Row>
        <Row label={t('f_membres')}>{text(pole.membres, t)}</Row>
        <WaveFacts wave={wave} code={pole.appel} lang={lang} />
        <Row label={t('f_statut')}>
          {pole.statutConfirme ? t('statutConfirme') : t('statutAConfirmer')}
        </Row>
        <Row label={t('f_localisation')}>
          {precisionText(pole, t)}
          {pole.noteLocalisation && <span className="muted"> — {pole.noteLocalisation}</span>}
        </Row>
        <Row label={t('f_siteWeb')}>
          {pole.siteWeb ? <ExternalLink href={pole.siteWeb} /> : text('', t)}
        </Row>
        <Row label={t('f_fiabilite')}>{t(`fiab_${pole.fiabilite}`)}</Row>
      </dl>
      <h3>{t('f_description')}</h3>
      <p className="details__description">{text(pole.description, t)}</p>
      <ProposeCorrectionButton poleId={pole.id} />
      <h3>{t('f_sources')}</h3>
      <ol className="details__sources">
        {pole.sources.map((s) => (
          <li key={s}>
            <ExternalLink href={s} />
          </li>
        ))}
      </ol>
      <WaveSources wave={wave} />
    </section>
  );
}
