import type { LocationPrecision, Pole } from '../data/types';

/** What a pole's symbol on the map depends on. */
export interface PoleSymbol {
  id: string;
  nom: string;
  lat: number;
  lon: number;
  /** The first of its sectors, which picks the symbol. */
  sector: string | undefined;
  precision: LocationPrecision;
  /** Of a wave that accompanied its laureates without funding them: drawn hollow. */
  accompanied: boolean;
}

const symbols = new WeakMap<Pole, PoleSymbol | null>();

/**
 * A reference pole's symbol, null for a pole without coordinates; the same object for the same
 * pole, so that memoised markers do not redraw when a filter changes the list around them.
 * `accompanied` is whether the pole's wave gave no funding (`Wave.funded`).
 */
export function symbolOf(pole: Pole, accompanied: boolean): PoleSymbol | null {
  let symbol = symbols.get(pole);
  if (symbol === undefined || (symbol !== null && symbol.accompanied !== accompanied)) {
    const { id, nom, lat, lon, precision } = pole;
    symbol =
      lat === null || lon === null
        ? null
        : { id, nom, lat, lon, sector: pole.secteurs[0], precision, accompanied };
    symbols.set(pole, symbol);
  }
  return symbol;
}
