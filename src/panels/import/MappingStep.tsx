import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../state/use-t';
import type { CrsCode } from '../../import/coordinates';
import type { ColumnMapping, ColumnRole } from '../../import/guess-columns';
import { hasLocation } from '../../import/has-location';
import { columnRoleLabel, unsureReasonMessage } from '../../import/mapping-labels';
import { loadLayerClient } from '../../import-ui/load-client';
import { focusImportButton } from './focus-import-button';
import type { MappingDraft } from '../../state/imports-state';
import { useAppStore } from '../../state/store';

// Every role, in the order of the form (a Record, so a new role is a compile error here).
const ROLE_ORDER: Record<ColumnRole, number> = {
  name: 0,
  latitude: 1,
  longitude: 2,
  coordinates: 3,
  crs: 4,
  commune: 5,
  insee: 6,
  postcode: 7,
  department: 8,
  address: 9,
  sectors: 10,
  website: 11,
  description: 12,
};
const ROLES = (Object.keys(ROLE_ORDER) as ColumnRole[]).sort(
  (a, b) => ROLE_ORDER[a] - ROLE_ORDER[b],
);
const LOCATION_ROLES: readonly ColumnRole[] = ['latitude', 'longitude', 'coordinates', 'crs'];

type CrsChoice = CrsCode | 'auto';
const CRS_CHOICES: { value: CrsChoice; label: 'crsAuto' | 'crsWgs84' | 'crsLambert93' }[] = [
  { value: 'auto', label: 'crsAuto' },
  { value: 'EPSG:4326', label: 'crsWgs84' },
  { value: 'EPSG:2154', label: 'crsLambert93' },
];

/** One select per role, prefilled with the guess; submitting runs the import with this mapping. */
export function MappingStep({ fileName, draft }: { fileName: string; draft: MappingDraft }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [mapping, setMapping] = useState<ColumnMapping>(draft.mapping);
  const [crs, setCrs] = useState<CrsChoice>(draft.crs);
  const [invalid, setInvalid] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const geojson = draft.format === 'geojson';
  const roles = geojson ? ROLES.filter((r) => !LOCATION_ROLES.includes(r)) : ROLES;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const choose = (role: ColumnRole, column: string) => {
    setInvalid(false);
    setMapping((m) => {
      const next: ColumnMapping = {};
      for (const r of ROLES) {
        const value = r === role ? column : m[r];
        if (value) next[r] = value;
      }
      return next;
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!geojson && !hasLocation(mapping)) {
      setInvalid(true);
      return;
    }
    void loadLayerClient().then((client) => client.submitMapping(mapping, crs));
  };

  return (
    <form className="mapping" aria-labelledby="mapping-title" onSubmit={submit} noValidate>
      <h3 id="mapping-title" ref={heading} tabIndex={-1}>
        {t('mappingTitle', { file: fileName })}
      </h3>
      <p className="mapping__intro">{t('mappingIntro')}</p>
      {draft.reasons.length > 0 && (
        <ul className="mapping__reasons">
          {draft.reasons.map((r, i) => (
            <li key={i}>{unsureReasonMessage(r, lang)}</li>
          ))}
        </ul>
      )}
      <div className="mapping__grid">
        {roles.map((role) => (
          <div key={role} className="mapping__row">
            <label htmlFor={`mapping-${role}`}>{columnRoleLabel(role, lang)}</label>
            <select
              id={`mapping-${role}`}
              value={mapping[role] ?? ''}
              onChange={(e) => choose(role, e.target.value)}
            >
              <option value="">{t('mappingNone')}</option>
              {draft.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ))}
        {!geojson && (
          <div className="mapping__row">
            <label htmlFor="mapping-projection">{t('mappingCrs')}</label>
            <select
              id="mapping-projection"
              value={crs}
              onChange={(e) => setCrs(e.target.value as CrsChoice)}
            >
              {CRS_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {t(c.label)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {invalid && (
        <p role="alert" className="mapping__error">
          {t('mappingNeedsLocation')}
        </p>
      )}
      <div className="mapping__actions">
        <button type="submit" className="button--primary">
          {t('mappingSubmit')}
        </button>
        <button
          type="button"
          onClick={() =>
            void loadLayerClient().then((client) => {
              client.cancelMapping();
              focusImportButton();
            })
          }
        >
          {t('mappingCancel')}
        </button>
      </div>
    </form>
  );
}
