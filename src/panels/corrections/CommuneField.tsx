import { useState } from 'react';
import type { Commune } from '../../data/communes';
import { useT } from '../../state/use-t';
import { loadErrorText } from '../load-error-text';
import { COMMUNES_FILE } from '../qpv/load-commune-index';
import { resolvePlaceQuery, type PlaceQueryResult } from '../qpv/place-query';
import { useCommuneIndex } from '../qpv/use-commune-index';
import type { FormState } from './use-correction-form';
import { FormField } from './FormField';

/**
 * The commune, found in the offline commune tables (the same as the place check): choosing
 * one fills its INSEE code and département, and gives its centre for the position.
 */
export function CommuneField({
  form,
  error,
  onCentre,
}: {
  form: FormState;
  error: string | undefined;
  onCentre: (commune: Commune) => void;
}) {
  const t = useT();
  const communes = useCommuneIndex();
  const [result, setResult] = useState<{ query: string; found: PlaceQueryResult } | null>(null);
  const chosen =
    communes.state === 'ready' ? communes.value.byInsee(form.row.code_insee) : undefined;

  const choose = (c: Commune) => {
    form.setMany({ commune: c.name, code_insee: c.insee, departement: c.dept });
    setResult({ query: c.name, found: { kind: 'found', commune: c } });
  };
  const search = () => {
    if (communes.state !== 'ready') return;
    const found = resolvePlaceQuery(communes.value, form.row.commune);
    setResult({ query: form.row.commune.trim(), found });
    if (found.kind === 'found') choose(found.commune);
  };

  return (
    <FormField
      column="commune"
      value={form.row.commune}
      onChange={(v) => form.set('commune', v)}
      error={error}
    >
      <div className="corr-field__actions">
        <button type="button" onClick={search} disabled={communes.state !== 'ready'}>
          {t('communeSearch')}
        </button>
        <button type="button" disabled={!chosen} onClick={() => chosen && onCentre(chosen)}>
          {t('pickCommuneCentre')}
        </button>
      </div>
      <div role="status" className="corr-field__status">
        {communes.state === 'loading' && <p>{t('communeLoading')}</p>}
        {communes.state === 'error' && (
          <p>
            {t('communeFailed')} {loadErrorText(communes.error, COMMUNES_FILE, t)}{' '}
            <button type="button" onClick={communes.retry}>
              {t('retry')}
            </button>
          </p>
        )}
        {result?.found.kind === 'found' && (
          <p>
            {t('communeChosen', {
              nom: result.found.commune.name,
              insee: result.found.commune.insee,
              dept: result.found.commune.dept,
            })}
          </p>
        )}
        {result?.found.kind === 'none' && <p>{t('communeNone', { query: result.query })}</p>}
        {result?.found.kind === 'choose' && (
          <>
            <p>
              {t('communeChoose', { count: result.found.communes.length, query: result.query })}
            </p>
            <ul className="corr-field__choices">
              {result.found.communes.map((c) => (
                <li key={c.insee}>
                  <button type="button" className="link-button" onClick={() => choose(c)}>
                    {t('communeChoice', { nom: c.name, insee: c.insee, dept: c.dept })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </FormField>
  );
}
