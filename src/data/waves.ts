import type { PartialDate, Wave } from './types';

/** Earlier first; a date known only to the year or month sorts before the days within it. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

export function compareWaves(a: Wave, b: Wave): number {
  return compareDates(a.date, b.date);
}

export function waveLabel(wave: Wave, lang: 'fr' | 'en'): string {
  return lang === 'en' ? wave.labelEn : wave.labelFr;
}

/** The waves by code, for the lookups of a pole's wave. */
export function wavesByCode(waves: readonly Wave[]): Map<string, Wave> {
  return new Map(waves.map((w) => [w.code, w]));
}

/** The first and the last year of the waves, or null when there is none. */
export function yearRange(waves: readonly Wave[]): [number, number] | null {
  if (waves.length === 0) return null;
  const years = waves.map((w) => w.date.year);
  return [Math.min(...years), Math.max(...years)];
}

/** A wave's label, with its year when the label does not say it ("1er appel …, 2014"). */
export function waveName(wave: Wave, lang: 'fr' | 'en'): string {
  const label = waveLabel(wave, lang);
  return label.includes(String(wave.date.year)) ? label : `${label}, ${wave.date.year}`;
}

/** The waves announced by the end of `year` (null: all of them). */
export function wavesBy(waves: readonly Wave[], year: number | null): Wave[] {
  return year === null ? [...waves] : waves.filter((w) => w.date.year <= year);
}

/** Codes of the waves that accompanied their laureates without funding them. */
export function unfundedCodes(waves: readonly Wave[]): ReadonlySet<string> {
  return new Set(waves.filter((w) => !w.funded).map((w) => w.code));
}
