import type { QpvFilterCategory } from '../analysis/qpv-relation';
import type { Filters } from './filters';

/** How the filters and the view are put in words; every label comes from the caller. */
export interface ViewWords {
  /** The title when nothing is filtered ("Les pôles territoriaux de coopération économique"). */
  base: string;
  sectorLabel: (key: string) => string;
  /** A wave's label from its `appel` code (the waves are data: the caller knows their names). */
  appelLabel: (code: string) => string;
  qpvLabel: (category: QpvFilterCategory) => string;
  hiddenSectors: (list: string) => string;
  hiddenAppels: (list: string) => string;
  hiddenQpv: (list: string) => string;
  onlyMembres: string;
  /** "{base} – {place}": a place chosen in the search. */
  around: (base: string, place: string) => string;
  /** "{base} – {waves}": the waves shown, when some are hidden. */
  withWaves: (base: string, waves: string) => string;
  /** "{base}, fin {year}": the map as it stood at the end of a year. */
  atYear: (base: string, year: number) => string;
  /** The year as a filter line ("Carte à la fin de 2016"). */
  year: (year: number) => string;
}

const list = (items: readonly string[]) => items.join(', ');

/** The active filters, one sentence each, in the order of the filter panel; none when all shown. */
export function filterWords(filters: Filters, words: ViewWords): string[] {
  const lines: string[] = [];
  if (filters.year !== null) lines.push(words.year(filters.year));
  if (filters.hiddenSectors.length > 0)
    lines.push(words.hiddenSectors(list(filters.hiddenSectors.map(words.sectorLabel))));
  if (filters.hiddenAppels.length > 0)
    lines.push(words.hiddenAppels(list(filters.hiddenAppels.map(words.appelLabel))));
  if (filters.onlyMembres) lines.push(words.onlyMembres);
  if (filters.hiddenQpvRelations.length > 0)
    lines.push(words.hiddenQpv(list(filters.hiddenQpvRelations.map(words.qpvLabel))));
  return lines;
}

/**
 * A title for what is shown, for a reader who never saw the app: the base, then the waves
 * shown when some are hidden (`waves`: every wave code of the data, in order), the year when
 * the map shows a past one, then the place chosen in the search. The filters themselves are
 * listed under it (filterWords).
 */
export function viewTitle(
  filters: Filters,
  waves: readonly string[],
  place: string | null,
  words: ViewWords,
): string {
  let title = words.base;
  const hidden = new Set<string>(filters.hiddenAppels);
  const shown = waves.filter((w) => !hidden.has(w));
  if (hidden.size > 0 && shown.length > 0)
    title = words.withWaves(title, list(shown.map(words.appelLabel)));
  if (filters.year !== null) title = words.atYear(title, filters.year);
  if (place) title = words.around(title, place);
  return title;
}
