import { useId, useState, type FormEvent } from 'react';
import { nearestPoles } from '../../analysis/nearest-poles';
import { describeQpvRelation } from '../../analysis/qpv-relation-text';
import { numberFormat } from '../../data/intl-formats';
import type { Pole } from '../../data/types';
import { useT } from '../../state/use-t';
import type { T } from '../../i18n/messages';
import type { Lang } from '../../i18n/messages';
import { checkPlace } from '../../state/qpv-analysis';
import { clearPlaceCheck, selectQpv, setPlaceCheckMode } from '../../state/qpv-actions';
import type { CheckedPlace, PlaceCheck } from '../../state/qpv-state';
import { useAppStore } from '../../state/store';
import { CloseButton } from '../../ui/CloseButton';
import { loadErrorText } from '../load-error-text';
import { COMMUNES_FILE } from './load-commune-index';
import type { Commune } from '../../data/communes';
import { resolvePlaceQuery, type PlaceQueryResult } from './place-query';
import { useCommuneIndex } from './use-commune-index';
import { DistanceList, poleDistanceItems, qpvDistanceItems } from './DistanceList';
import { escapeWithin } from './use-escape-within';

const COORD: Intl.NumberFormatOptions = { maximumFractionDigits: 4 };

function placeLabel(place: CheckedPlace, t: T): string {
  if (place.kind === 'commune')
    return t('placeCheckCommune', { nom: place.nom, insee: place.insee });
  return t('placeCheckPoint', {
    lat: numberFormat('fr', COORD).format(place.lat),
    lon: numberFormat('fr', COORD).format(place.lon),
  });
}

function checkCommune(c: Commune) {
  void checkPlace({ kind: 'commune', lon: c.lon, lat: c.lat, insee: c.insee, nom: c.name });
}

function PlaceResult({
  check,
  poles,
  lang,
}: {
  check: PlaceCheck;
  poles: readonly Pole[];
  lang: Lang;
}) {
  const t = useT();
  if (check.state === 'idle') return null;
  const label = <p className="place-check__place">{placeLabel(check.place, t)}</p>;
  if (check.state === 'pending') {
    return (
      <>
        {label}
        <p>{t('placeCheckPending')}</p>
      </>
    );
  }
  if (check.state === 'error') {
    return (
      <>
        {label}
        <p className="place-check__error">
          {t('placeCheckFailed')} {check.error instanceof Error ? check.error.message : ''}
        </p>
      </>
    );
  }
  const { relation, nearby } = check.answer;
  const closest = nearestPoles(poles, check.place.lon, check.place.lat, 3);
  return (
    <>
      {label}
      <p className="place-check__verdict">
        {relation.kind === 'unknown' ? (
          describeQpvRelation(relation, lang)
        ) : (
          <button
            type="button"
            className="link-button"
            data-qpv-code={relation.qpv.code}
            onClick={() => selectQpv(relation.qpv.code)}
          >
            {describeQpvRelation(relation, lang)}
          </button>
        )}
      </p>
      {nearby.length > 0 && (
        <>
          <p className="place-check__subtitle">{t('placeCheckNearbyQpv')}</p>
          <DistanceList
            className="place-check__list"
            items={qpvDistanceItems(nearby)}
            lang={lang}
            insideLabel={t('qpvPoleInside')}
          />
        </>
      )}
      {closest.length > 0 && (
        <>
          <p className="place-check__subtitle">{t('placeCheckNearestPoles')}</p>
          <DistanceList
            className="place-check__list place-check__poles"
            items={poleDistanceItems(closest)}
            lang={lang}
            ordered
          />
        </>
      )}
    </>
  );
}

function QueryFeedback({ result, query }: { result: PlaceQueryResult | null; query: string }) {
  const t = useT();
  if (!result || result.kind === 'found') return null;
  if (result.kind === 'empty') return <p>{t('placeCheckEmpty')}</p>;
  if (result.kind === 'none') return <p>{t('placeCheckNoMatch', { query })}</p>;
  return (
    <>
      <p>{t('placeCheckChoose', { count: result.communes.length, query })}</p>
      <ul className="place-check__list">
        {result.communes.map((c) => (
          <li key={c.insee}>
            <button type="button" className="link-button" onClick={() => checkCommune(c)}>
              {t('placeCheckChoice', { nom: c.name, insee: c.insee, dept: c.dept })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Is this place in a QPV?": a map click in this mode, Alt+click at any time, or a commune. */
export function PlaceCheckPanel({ poles }: { poles: readonly Pole[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const check = useAppStore((s) => s.placeCheck);
  const communes = useCommuneIndex();
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState<{ query: string; result: PlaceQueryResult } | null>(
    null,
  );
  const fieldId = useId();
  const hintId = useId();

  // A map click after a commune question replaces it.
  const feedback = check.state === 'idle' || check.place.kind === 'commune' ? submitted : null;

  const close = () => {
    setPlaceCheckMode(false);
    clearPlaceCheck();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (communes.state !== 'ready') return;
    const result = resolvePlaceQuery(communes.value, query);
    setSubmitted({ query: query.trim(), result });
    if (result.kind === 'found') checkCommune(result.commune);
    else clearPlaceCheck();
  };

  return (
    <section
      className="qpv-card place-check"
      aria-labelledby="place-check-title"
      onKeyDown={escapeWithin(close)}
    >
      <div className="qpv-card__header">
        <h2 id="place-check-title">{t('placeCheckTitle')}</h2>
        <CloseButton label={t('placeCheckClose')} onClick={close} />
      </div>
      <p id={hintId} className="qpv-card__hint">
        {t('placeCheckHint')}
      </p>
      <form className="place-check__form" onSubmit={onSubmit}>
        <label htmlFor={fieldId}>{t('placeCheckField')}</label>
        <div className="place-check__row">
          <input
            id={fieldId}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            aria-describedby={hintId}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" disabled={communes.state !== 'ready'}>
            {t('placeCheckSubmit')}
          </button>
        </div>
      </form>
      <div role="status" className="place-check__status">
        {communes.state === 'loading' && <p>{t('placeCheckCommunesLoading')}</p>}
        {communes.state === 'error' && (
          <p>
            {t('placeCheckCommunesFailed')} {loadErrorText(communes.error, COMMUNES_FILE, t)}{' '}
            <button type="button" onClick={communes.retry}>
              {t('retry')}
            </button>
          </p>
        )}
        <QueryFeedback result={feedback?.result ?? null} query={feedback?.query ?? ''} />
        <PlaceResult check={check} poles={poles} lang={lang} />
      </div>
    </section>
  );
}
