import type { KnownKeys, PtceRow } from '../data/ptce-schema';
import { readProposals, writeProposals } from '../data/proposals';
import type { CorrectionTarget, PickedPoint } from './corrections-state';
import { getState, setState } from './store';

const STORAGE_KEY = 'carte-ptce:propositions';

export function openCorrection(target: CorrectionTarget): void {
  setState({ correction: target, mapPick: false, pickedPoint: null });
}

export function closeCorrection(): void {
  setState({ correction: null, mapPick: false, pickedPoint: null });
}

export function startMapPick(): void {
  // A place check waiting for a click would take this one too; a phone's sheet would hide the map.
  setState({ mapPick: true, placeCheckMode: false, sheet: null });
}

export function endMapPick(point: PickedPoint | null): void {
  setState((s) => ({
    mapPick: false,
    pickedPoint: point ? { ...point, seq: (s.pickedPoint?.seq ?? 0) + 1 } : s.pickedPoint,
  }));
}

function store(rows: PtceRow[]): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, writeProposals(rows));
    return true;
  } catch {
    // Private browsing or a full quota: the proposal stays for this visit only.
    return false;
  }
}

/** Reads the proposals kept in this browser, once the keys and ids they are checked against are known. */
export function loadProposals(known: KnownKeys, knownIds: ReadonlySet<string>) {
  let text: string | null = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    text = null;
  }
  setState({ proposals: readProposals(text, known, knownIds) });
}

/** Keeps (or replaces, same id) a proposal; false when the browser refused to store it. */
export function saveProposal(row: PtceRow, replacesId?: string): boolean {
  const others = getState().proposals.filter((p) => p.id !== row.id && p.id !== replacesId);
  const rows = [...others, row];
  setState({ proposals: rows });
  return store(rows);
}

export function removeProposal(id: string): void {
  const rows = getState().proposals.filter((p) => p.id !== id);
  setState({ proposals: rows });
  store(rows);
}
