import { parsePtce } from '../src/data/parse-ptce.ts';
import { knownKeysOf } from '../src/data/known-keys.ts';
import { parseAppels } from '../src/data/parse-appels.ts';
import { unfundedCodes } from '../src/data/waves.ts';
import { safeHttpUrl } from '../src/data/safe-url.ts';
import { format, FRENCH } from '../src/i18n/messages.ts';
import { symbolOf } from '../src/map/pole-symbol.ts';
import { symbolData } from '../src/map/static-poles.ts';

/** Every character that could end a text node or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * The page before its script runs: the header, the map frame and the list of the poles (name,
 * commune, sources) as plain HTML, from the same parser as the app. React replaces it on its
 * first render (createRoot clears the container), so screen readers never meet it twice; users
 * and search engines without JavaScript keep it.
 */
export function staticFirstPaintHtml(
  ptceText: string,
  secteursText: string,
  appelsText: string,
): string {
  const t = FRENCH;
  const { waves } = parseAppels(appelsText);
  const { poles } = parsePtce(ptceText, knownKeysOf(secteursText, appelsText));
  const unfunded = unfundedCodes(waves);
  const sorted = [...poles].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  const items = sorted.map((p) => {
    const links = p.sources
      .map(safeHttpUrl)
      .filter((u): u is string => u !== null)
      .map(
        (u) => `<li><a href="${escapeHtml(u)}" rel="noopener noreferrer">${escapeHtml(u)}</a></li>`,
      )
      .join('');
    const place = p.commune || p.region;
    // What src/map/early-map.ts puts on the map before the app has loaded ptce.csv.
    const symbol = symbolOf(p, unfunded.has(p.appel));
    const data = symbol ? ` data-symbol="${escapeHtml(JSON.stringify(symbolData(symbol)))}"` : '';
    return (
      `<li${data}><span class="pole-list__name">${escapeHtml(p.nom)}</span>` +
      (place ? ` <span class="pole-list__place">${escapeHtml(place)}</span>` : '') +
      (links
        ? `<details class="static-sources"><summary>${escapeHtml(format(t.staticSourcesOf, { name: p.nom }))}</summary><ul>${links}</ul></details>`
        : '') +
      `</li>`
    );
  });
  const count = format(t.listCount, { shown: poles.length, total: poles.length });
  return [
    `<div class="app app--static">`,
    `<header class="app-header"><div class="app-header__titles"><h1>${escapeHtml(t.appTitle)}</h1>`,
    `<p class="app-header__subtitle">${escapeHtml(t.appSubtitle)}</p></div></header>`,
    `<main class="app-main">`,
    `<aside class="sidebar"><section class="panel pole-list static-list" aria-labelledby="static-list-title">`,
    `<h2 id="static-list-title">${escapeHtml(t.listTitle)}</h2>`,
    `<p class="pole-list__count">${escapeHtml(count)}</p>`,
    `<ul>${items.join('')}</ul></section></aside>`,
    `<div class="map-area"><div class="map static-map" data-label="${escapeHtml(t.mapLabel)}">`,
    `<noscript><p class="static-map__note">${escapeHtml(t.staticNoScript)}</p></noscript>`,
    `</div></div></main></div>`,
  ].join('');
}
