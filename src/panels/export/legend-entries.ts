import type { LocationPrecision } from '../../data/types';
import { sectorStyle } from '../../map/sector-style';

export type LegendEntry =
  | { kind: 'sector'; color: string; path: string; label: string }
  | { kind: 'approx'; label: string }
  | { kind: 'accompanied'; label: string }
  | { kind: 'qpv'; label: string }
  | { kind: 'quartier'; label: string };

export interface LegendPole {
  lat: number | null;
  lon: number | null;
  secteurs: readonly string[];
  precision: LocationPrecision;
  appel: string;
}

export interface LegendWords {
  sectorLabel: (key: string | undefined) => string;
  approx: string;
  /** A pole of a wave without funding, drawn hollow with a solid core. */
  accompanied: string;
  /** The QPV layer's entry when the layer is on, null otherwise. */
  qpv: string | null;
  /** The named neighbourhoods' entry when one is in view, null otherwise. */
  quartier: string | null;
}

/**
 * The symbols the image shows, and only those: one entry per symbol of the poles in view
 * (a marker's symbol is its first sector's; two sectors may share a look only if unknown),
 * in the order of first appearance in `poles`; the dashed ring when an approximate pole is in
 * view; the hollow symbol when a pole of a wave without funding (`unfunded`) is in view; then
 * the QPV and the named neighbourhoods when drawn.
 */
export function legendEntries(
  poles: readonly LegendPole[],
  inView: (lat: number, lon: number) => boolean,
  words: LegendWords,
  unfunded: ReadonlySet<string> = new Set(),
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const seen = new Set<string>();
  let approx = false;
  let accompanied = false;
  for (const p of poles) {
    if (p.lat === null || p.lon === null || !inView(p.lat, p.lon)) continue;
    const key = p.secteurs[0];
    const style = sectorStyle(key);
    const id = `${style.color}|${style.path}`;
    if (!seen.has(id)) {
      seen.add(id);
      entries.push({ kind: 'sector', ...style, label: words.sectorLabel(key) });
    }
    if (p.precision === 'commune' || p.precision === 'departement') approx = true;
    if (unfunded.has(p.appel)) accompanied = true;
  }
  entries.sort((a, b) =>
    a.kind === 'sector' && b.kind === 'sector' ? a.label.localeCompare(b.label) : 0,
  );
  if (approx) entries.push({ kind: 'approx', label: words.approx });
  if (accompanied) entries.push({ kind: 'accompanied', label: words.accompanied });
  if (words.qpv) entries.push({ kind: 'qpv', label: words.qpv });
  if (words.quartier) entries.push({ kind: 'quartier', label: words.quartier });
  return entries;
}
