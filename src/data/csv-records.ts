/** One CSV record with the 1-based line on which it starts. */
export interface CsvRecord {
  cells: string[];
  line: number;
  /** A quoted field still open at the end of the text (a file cut inside it). */
  openQuote: boolean;
}

/**
 * Reads comma-separated records (RFC 4180: quoted fields may hold commas, line breaks and
 * doubled quotes; \n or \r\n line ends) and skips blank lines. The shipped files are small and
 * well-formed, so this is all the reference data needs; user files go through papaparse in the
 * import worker, which guesses delimiters and encodings. Keeping papaparse out of the page's
 * first script is worth its 7 KB.
 */
export function csvRecords(text: string, delimiter = ','): CsvRecord[] {
  const out: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let openQuote = false;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) {
            openQuote = true;
            break;
          }
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          cell += c;
          i++;
        }
      }
      // Unquoted text, or what follows a closing quote, up to the end of the field.
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        cell += text[i];
        i++;
      }
      cells.push(cell);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (openQuote || cells.some((c) => c.trim() !== ''))
      out.push({ cells, line: start, openQuote });
  }
  return out;
}

/** Records as objects keyed by the header row's names (the first record). */
export function csvObjects(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = csvRecords(text);
  const fields = header?.cells ?? [];
  const rows = records.map((r) =>
    Object.fromEntries(fields.map((f, k) => [f, r.cells[k] ?? ''] as const)),
  );
  return { fields, rows };
}
