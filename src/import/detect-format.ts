/**
 * Decides how to read a file. The extension is a hint; the content has the last
 * word, because people rename files (a ".csv" that is really JSON, a ".txt"
 * GeoJSON, a ".json" that is CSV) far more often than they lie in the content.
 */

export type FileFormat = 'csv' | 'json';

export type FormatDetection =
  | { ok: true; format: FileFormat; by: 'extension' | 'content'; extension: string }
  | { ok: false; error: 'unsupported_format'; extension: string };

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);
const JSON_EXTENSIONS = new Set(['geojson', 'json']);

/** Lower-case extension without the dot, '' when there is none. */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function firstSignificantChar(text: string): string {
  const match = /\S/.exec(text.slice(0, 4096));
  return match ? match[0] : '';
}

function looksLikeMarkup(text: string): boolean {
  return /^\s*<(\?xml|kml|gpx|!doctype|html)/i.test(text.slice(0, 512));
}

export function detectFormat(fileName: string, text: string): FormatDetection {
  const extension = fileExtension(fileName);
  const first = firstSignificantChar(text);
  const jsonContent = first === '{' || first === '[';
  // Stricter test before overriding a CSV extension: a JSON document opens with
  // `{"`, `{}`, `[{`, `[[` or `[]`, a CSV header like "[Nom];lat" does not.
  const clearlyJson = /^\s*(\{\s*["}]|\[\s*[[{\]])/.test(text.slice(0, 4096));

  // KML, GPX and HTML pages are text too but not something we can read.
  if (looksLikeMarkup(text)) return { ok: false, error: 'unsupported_format', extension };

  if (JSON_EXTENSIONS.has(extension)) {
    return jsonContent
      ? { ok: true, format: 'json', by: 'extension', extension }
      : { ok: true, format: 'csv', by: 'content', extension };
  }
  if (CSV_EXTENSIONS.has(extension)) {
    return clearlyJson
      ? { ok: true, format: 'json', by: 'content', extension }
      : { ok: true, format: 'csv', by: 'extension', extension };
  }
  // No or unknown extension: only accept it when the content is clearly one of ours,
  // so a renamed .kml or .shp-sidecar is not misread as a one-column CSV.
  if (jsonContent) return { ok: true, format: 'json', by: 'content', extension };
  if (extension === '' && /[,;\t|]/.test(text.slice(0, 4096).split(/\r?\n/)[0] ?? '')) {
    return { ok: true, format: 'csv', by: 'content', extension };
  }
  return { ok: false, error: 'unsupported_format', extension };
}
