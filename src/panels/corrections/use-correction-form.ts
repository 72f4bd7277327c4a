import { useCallback, useMemo, useState } from 'react';
import { knownKeysOfData, type PolesData } from '../../data/load-reference';
import type { PtceColumn, PtceRow } from '../../data/ptce-schema';
import type { CorrectionTarget } from '../../state/corrections-state';
import {
  checkForm,
  emptyRow,
  slugify,
  sourcesToText,
  textToSources,
  type FormCheck,
} from './correction-form';

export interface FormState {
  /** The row as edited, sources included (joined with |). */
  row: PtceRow;
  sourcesText: string;
  /** The row the correction starts from (undefined for a new pole). */
  before: PtceRow | undefined;
  /** The verdict of the last "Vérifier", and the row it was given. */
  checked: (FormCheck & { row: PtceRow }) | null;
  set: (column: PtceColumn, value: string) => void;
  setMany: (patch: Partial<PtceRow>) => void;
  setSourcesText: (text: string) => void;
  check: () => FormCheck;
  /** The checked row is still the one on screen. */
  fresh: boolean;
}

function startRow(target: CorrectionTarget, data: PolesData): PtceRow | undefined {
  if (target.mode === 'correct') return data.rows?.[target.id];
  return target.draft ?? undefined;
}

/** The state of the correction form: what is typed, and whether it was checked as it stands. */
export function useCorrectionForm(target: CorrectionTarget, data: PolesData): FormState {
  const before = target.mode === 'correct' ? data.rows?.[target.id] : undefined;
  const [row, setRow] = useState<PtceRow>(() => startRow(target, data) ?? emptyRow());
  const [sourcesText, setSourcesTextState] = useState(() => sourcesToText(row.sources));
  // A new pole's id follows its name until the id is typed by hand.
  const [idTouched, setIdTouched] = useState(target.mode === 'correct' || target.draft !== null);
  const [checked, setChecked] = useState<FormState['checked']>(null);

  const known = useMemo(() => knownKeysOfData(data), [data]);
  const takenIds = useMemo(() => {
    const ids = new Set(data.poles.map((p) => p.id));
    return ids;
  }, [data.poles]);

  const set = useCallback(
    (column: PtceColumn, value: string) => {
      setRow((r) => {
        const next = { ...r, [column]: value };
        if (column === 'nom' && !idTouched) next.id = slugify(value);
        return next;
      });
      if (column === 'id') setIdTouched(true);
    },
    [idTouched],
  );
  const setMany = useCallback((patch: Partial<PtceRow>) => setRow((r) => ({ ...r, ...patch })), []);
  const setSourcesText = useCallback((text: string) => {
    setSourcesTextState(text);
    setRow((r) => ({ ...r, sources: textToSources(text) }));
  }, []);

  const check = useCallback(() => {
    const verdict = checkForm(row, before, known, takenIds);
    setChecked({ ...verdict, row });
    return verdict;
  }, [row, before, known, takenIds]);

  return {
    row,
    sourcesText,
    before,
    checked,
    set,
    setMany,
    setSourcesText,
    check,
    fresh: checked !== null && checked.row === row,
  };
}
