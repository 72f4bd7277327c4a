import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Commune } from '../../data/communes';
import type { PolesData } from '../../data/load-reference';
import {
  FIABILITES,
  PRECISIONS,
  STATUTS,
  type FieldProblem,
  type PtceColumn,
} from '../../data/ptce-schema';
import { useT } from '../../state/use-t';
import type { MessageKey, T } from '../../i18n/messages';
import { waveName } from '../../data/waves';
import { closeCorrection, saveProposal, startMapPick } from '../../state/corrections-actions';
import type { CorrectionTarget } from '../../state/corrections-state';
import { useAppStore } from '../../state/store';
import { sectorLabel } from '../sector-label';
import { CommuneField } from './CommuneField';
import { coordinateText } from './correction-form';
import { CorrectionOutputs } from './CorrectionOutputs';
import { errorId, fieldId, FormField, type Option } from './FormField';
import { useCorrectionForm } from './use-correction-form';

const ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  id: 'err_id',
  nom: 'err_nom',
  appel: 'err_appel',
  statut_laureat: 'err_statut_laureat',
  precision: 'err_precision',
  latitude: 'err_latitude',
  longitude: 'err_longitude',
  sources: 'err_sources',
  secteurs: 'err_secteurs',
  creation: 'err_creation',
  site_web: 'err_site_web',
  membre_association: 'err_membre_association',
  fiabilite: 'err_fiabilite',
};

function problemText(p: FieldProblem, t: T): string {
  if (p.field === 'id' && p.message === 'idTaken') return t('err_idTaken');
  const key = ERROR_KEYS[p.field];
  return key ? t(key) : t('err_other', { field: p.field, message: p.message });
}

/** Where a problem's link leads: the field, or the first sector checkbox. */
function problemTarget(field: string): string {
  return field === 'secteurs' ? 'corr-secteurs-legend' : fieldId(field);
}

/**
 * The correction form, a modal dialog: prefilled from a pole (a correction) or empty (a missing
 * pole), checked with the loader's rules, and handed over as a one-row CSV. While a position is
 * chosen on the map the dialog steps aside and comes back with it.
 */
export function CorrectionDialog({ target, data }: { target: CorrectionTarget; data: PolesData }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const mapPick = useAppStore((s) => s.mapPick);
  const picked = useAppStore((s) => s.pickedPoint);
  const form = useCorrectionForm(target, data);
  const dialog = useRef<HTMLDialogElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const pickButton = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState('');
  const [saved, setSaved] = useState<boolean | null>(null);
  const [draftId, setDraftId] = useState(
    target.mode === 'propose' ? (target.draft?.id ?? null) : null,
  );
  const mode = target.mode;

  // Open as a modal; hide while a point is chosen on the map; give the focus back on the way out.
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (mapPick && el.open) el.close();
    if (!mapPick && !el.open) {
      const back = el.dataset.picking === 'yes';
      el.showModal();
      // Back from the map: the focus returns where the user left the form.
      if (back) pickButton.current?.focus();
    }
    el.dataset.picking = mapPick ? 'yes' : '';
  }, [mapPick]);
  // Read at the first render, before showModal moves the focus into the dialog.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(
    () => () => {
      if (opener && document.contains(opener)) opener.focus();
    },
    [opener],
  );

  const { setMany } = form;
  const lastSeq = useRef(picked?.seq ?? 0);
  useEffect(() => {
    if (!picked || picked.seq === lastSeq.current) return;
    lastSeq.current = picked.seq;
    const lat = coordinateText(picked.lat);
    const lon = coordinateText(picked.lon);
    setMany({ latitude: lat, longitude: lon });
    setPosition(t('pickDone', { lat, lon }));
  }, [picked, setMany, t]);
  // A point given where the precision still says "not located": it is now located somewhere.
  const { row } = form;
  useEffect(() => {
    if (row.latitude !== '' && row.precision === 'inconnue') setMany({ precision: 'commune' });
  }, [row.latitude, row.precision, setMany]);

  const checked = form.checked;
  const problems = checked?.problems ?? [];
  const errorFor = (column: string) => {
    const p = problems.find((x) => x.field === column);
    return p ? problemText(p, t) : undefined;
  };
  const valid = checked !== null && problems.length === 0;
  const noChange = valid && mode === 'correct' && checked.changes.length === 0;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const verdict = form.check();
    if (verdict.problems.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (mode === 'propose') {
      setSaved(saveProposal(form.row, draftId ?? undefined));
      setDraftId(form.row.id);
    }
  };

  const fromCommune = (c: Commune) => {
    setMany({
      latitude: coordinateText(c.lat),
      longitude: coordinateText(c.lon),
      precision: 'commune',
      ...(form.row.note_localisation ? {} : { note_localisation: 'Centre de la commune' }),
    });
    setPosition(t('pickDone', { lat: coordinateText(c.lat), lon: coordinateText(c.lon) }));
  };

  const field = (column: PtceColumn, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      column={column}
      value={form.row[column]}
      onChange={(v) => form.set(column, v)}
      error={errorFor(column)}
      {...extra}
    />
  );
  const choose: Option = { value: '', label: t('optChoose') };
  const selected = new Set(form.row.secteurs.split('|').filter(Boolean));
  const toggleSector = (key: string, on: boolean) => {
    const next = data.sectors.map((s) => s.key).filter((k) => (k === key ? on : selected.has(k)));
    form.set('secteurs', next.join('|'));
  };
  const title =
    mode === 'correct'
      ? t('formTitleCorrect', { nom: form.before?.nom ?? '' })
      : t('formTitlePropose');

  return (
    <dialog
      ref={dialog}
      className="corr-dialog"
      aria-labelledby="corr-title"
      onClose={() => {
        if (!useAppStore.getState().mapPick) closeCorrection();
      }}
      // The pole details close on Escape too: this Escape is the dialog's.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <div className="corr-dialog__header">
        <h2 id="corr-title">{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('formClose')}
          onClick={closeCorrection}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="corr-dialog__intro">{t('formIntro')}</p>
      <form noValidate onSubmit={onSubmit} className="corr-form">
        <fieldset>
          <legend>{t('formGroupIdentity')}</legend>
          {field('id', { readOnly: mode === 'correct', required: true })}
          {field('nom', { required: true })}
          {field('appel', {
            kind: 'select',
            required: true,
            options: [
              choose,
              ...data.waves.map((w) => ({ value: w.code, label: waveName(w, lang) })),
            ],
          })}
          {field('statut_laureat', {
            kind: 'select',
            required: true,
            options: STATUTS.map((s) => ({
              value: s,
              label: s === 'confirmé' ? t('statut_confirme') : t('statut_aConfirmer'),
            })),
          })}
          {field('porteur')}
          {field('creation', { inputMode: 'numeric' })}
          {field('site_web', { kind: 'url' })}
          {field('membres')}
          {field('membre_association', {
            kind: 'select',
            options: [
              { value: 'non', label: t('optNo') },
              { value: 'oui', label: t('optYes') },
            ],
          })}
        </fieldset>
        <fieldset
          className="corr-sectors"
          aria-describedby={errorFor('secteurs') ? errorId('secteurs') : undefined}
        >
          <legend id="corr-secteurs-legend" tabIndex={-1}>
            {t('col_secteurs')}
          </legend>
          {data.sectors.map((s) => (
            <label key={s.key} className="corr-check">
              <input
                type="checkbox"
                name="secteurs"
                value={s.key}
                checked={selected.has(s.key)}
                onChange={(e) => toggleSector(s.key, e.target.checked)}
              />
              {sectorLabel(s.key, data.sectors, lang)}
            </label>
          ))}
          {errorFor('secteurs') && (
            <p className="corr-field__error" id={errorId('secteurs')}>
              {errorFor('secteurs')}
            </p>
          )}
          {field('description', { kind: 'textarea' })}
        </fieldset>
        <fieldset>
          <legend>{t('formGroupPlace')}</legend>
          <CommuneField form={form} error={errorFor('commune')} onCentre={fromCommune} />
          {field('code_insee')}
          {field('departement')}
          {field('region')}
          {field('quartier')}
          {field('code_qpv')}
          {field('adresse')}
          <div className="corr-position">
            {field('latitude', { inputMode: 'decimal' })}
            {field('longitude', { inputMode: 'decimal' })}
          </div>
          <div className="corr-field__actions">
            <button type="button" ref={pickButton} onClick={startMapPick}>
              {t('pickOnMap')}
            </button>
          </div>
          <p role="status" className="corr-field__status">
            {position}
          </p>
          {field('precision', {
            kind: 'select',
            options: PRECISIONS.map((p) => ({ value: p, label: t(`precRow_${p}`) })),
          })}
          {field('note_localisation')}
        </fieldset>
        <fieldset>
          <legend>{t('formGroupSources')}</legend>
          <FormField
            column="sources"
            kind="textarea"
            required
            value={form.sourcesText}
            onChange={form.setSourcesText}
            error={errorFor('sources')}
          />
          {field('fiabilite', {
            kind: 'select',
            options: FIABILITES.map((f) => ({ value: f, label: t(`fiab_${f}`) })),
          })}
        </fieldset>
        {problems.length > 0 && (
          <div className="corr-summary" role="alert" ref={summary} tabIndex={-1}>
            <p>{t('formErrors', { count: problems.length })}</p>
            <ul>
              {problems.map((p) => (
                <li key={p.field + p.message}>
                  <a
                    href={`#${problemTarget(p.field)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(problemTarget(p.field))?.focus();
                    }}
                  >
                    {problemText(p, t)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="corr-form__submit">
          <button type="submit" className="corr-form__check">
            {t('formCheck')}
          </button>
          <p role="status" className="corr-form__verdict">
            {valid && !form.fresh && t('formStale')}
            {valid && form.fresh && (noChange ? t('formNoChange') : t('formValid'))}
            {valid && form.fresh && saved === true && ` ${t('proposalSaved')}`}
            {valid && form.fresh && saved === false && ` ${t('proposalNotSaved')}`}
          </p>
        </div>
      </form>
      {valid && form.fresh && !noChange && (
        <CorrectionOutputs row={checked.row} changes={checked.changes} mode={mode} />
      )}
    </dialog>
  );
}
