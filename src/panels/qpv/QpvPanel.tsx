import { useEffect, useMemo, useRef } from 'react';
import { QPV_POINTS_FILE } from '../../data/load-qpv';
import type { Pole } from '../../data/types';
import { useT } from '../../state/use-t';
import { ensureQpvPoints, revealSelectedQpv, selectQpv } from '../../state/qpv-actions';
import { useAppStore } from '../../state/store';
import { CloseButton } from '../../ui/CloseButton';
import { FactRow } from '../FactRow';
import { loadErrorText } from '../load-error-text';
import { numberFormat } from '../../data/intl-formats';
import { useFocusReturn } from '../use-focus-return';
import { DistanceList, poleDistanceItems } from './DistanceList';
import { escapeWithin } from './use-escape-within';

function qpvTrigger(code: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-qpv-code="${CSS.escape(code)}"]`);
}

/** The poles inside a QPV or within 1 km of it, closest first, from the worker's nearby lists. */
function usePolesNear(code: string | null, poles: readonly Pole[]) {
  const nearby = useAppStore((s) => s.qpvNearby);
  return useMemo(() => {
    if (!code) return [];
    return poles
      .flatMap((pole) => {
        const hit = nearby[pole.id]?.find((n) => n.code === code);
        return hit ? [{ pole, distanceM: hit.distanceM }] : [];
      })
      .sort((a, b) => a.distanceM - b.distanceM || a.pole.nom.localeCompare(b.pole.nom, 'fr'));
  }, [code, poles, nearby]);
}

/** The card of one QPV: its facts, where it is, and the poles in it or close to it. */
export function QpvPanel({ poles }: { poles: readonly Pole[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const code = useAppStore((s) => s.selectedQpv);
  const points = useAppStore((s) => s.qpvPoints);
  const analysed = useAppStore((s) => Object.keys(s.qpvRelations).length > 0);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusReturn(code, qpvTrigger);
  const near = usePolesNear(code, poles);
  const qpv = points.state === 'ready' ? points.value.points.find((p) => p.code === code) : null;

  useEffect(() => {
    if (code) heading.current?.focus();
  }, [code, qpv]);
  // A card opened by a link (?quartier=) did not go through selectQpv, which loads the facts.
  useEffect(() => {
    if (code) ensureQpvPoints();
  }, [code]);

  if (!code) return null;
  const close = () => selectQpv(null);

  let body;
  if (points.state === 'error') {
    body = (
      <div role="alert" className="qpv-card__alert">
        <p>{loadErrorText(points.error, QPV_POINTS_FILE, t)}</p>
        <button type="button" onClick={ensureQpvPoints}>
          {t('retry')}
        </button>
      </div>
    );
  } else if (points.state !== 'ready') {
    body = <p role="status">{t('qpvPanelLoading')}</p>;
  } else if (!qpv) {
    body = <p role="alert">{t('qpvUnknownCode', { code })}</p>;
  } else {
    body = (
      <>
        <dl className="qpv-card__facts">
          <FactRow label={t('qpvCode')}>{qpv.code}</FactRow>
          <FactRow label={t('qpvCommunes')}>{qpv.commune}</FactRow>
          <FactRow label={t('qpvDepartement')}>
            {qpv.departementNom ? `${qpv.departementNom} (${qpv.departement})` : qpv.departement}
          </FactRow>
          {qpv.areaHa !== null && (
            <FactRow label={t('qpvArea')}>
              {t('qpvAreaValue', {
                ha: numberFormat(lang, { maximumFractionDigits: 1 }).format(qpv.areaHa),
              })}
            </FactRow>
          )}
        </dl>
        <button type="button" onClick={revealSelectedQpv}>
          {t('qpvShowOnMap')}
        </button>
        <h3>{t('qpvPolesNearby')}</h3>
        {!analysed ? (
          <p role="status">{t('qpvPolesPending')}</p>
        ) : near.length === 0 ? (
          <p className="muted">{t('qpvNoPoleNearby')}</p>
        ) : (
          <DistanceList
            className="qpv-card__poles"
            items={poleDistanceItems(near)}
            lang={lang}
            insideLabel={t('qpvPoleInside')}
          />
        )}
      </>
    );
  }

  return (
    <section
      className="qpv-card qpv-panel"
      role="region"
      aria-labelledby="qpv-panel-title"
      onKeyDown={escapeWithin(close)}
    >
      <div className="qpv-card__header">
        <div>
          <p className="qpv-card__eyebrow">{t('qpvPanelLabel')}</p>
          <h2 id="qpv-panel-title" ref={heading} tabIndex={-1}>
            {qpv?.nom ?? code}
          </h2>
        </div>
        <CloseButton label={t('qpvClosePanel')} onClick={close} />
      </div>
      {body}
    </section>
  );
}
