import './styles.css';
// The page's frame: the static page of index.html is laid out with it before any script runs.
import './app/layout.css';
import './app/static-first-paint.css';
import { prepareStaticPage, staticPageStays } from './app/static-page';
import { staticPoleSymbols, startEarlyMap } from './map/early-map';
import { decode } from './state/url-state';

/** Resolves in a task of its own, so that what follows does not lengthen the current one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// First the map with the poles of the static page: this chunk is Leaflet and this, no React,
// so the poles are on the map while React and the app are still arriving.
const { patch } = decode(location.search);
const frame = prepareStaticPage(patch.embed === true);
if (frame) startEarlyMap(frame, staticPoleSymbols(document), patch);

// React and the app arrive by import(), evaluated one after the other in tasks of their own
// (index.html has already asked for their chunks, so this orders work, not downloads). A link
// in English also waits for the English strings (a chunk of their own), so that its first
// render is English; `languageOfAddress` never rejects (French and a status line).
import('./app/mount')
  .then(async ({ mountApp }) => {
    await nextTask();
    const [{ App }, { languageOfAddress }] = await Promise.all([
      import('./app/App'),
      import('./state/use-url-sync'),
    ]);
    await languageOfAddress(location.search);
    await nextTask();
    mountApp(App);
  })
  .catch(() => staticPageStays(frame, patch.lang === 'en'));
