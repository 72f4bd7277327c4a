import './styles.css';
// The page's frame: the static page of index.html is laid out with it before any script runs.
import './app/layout.css';
import './app/static-first-paint.css';
import { prepareStaticPage, staticPageStays } from './app/static-page';
import { staticPoleSymbols, startEarlyMap } from './map/early-map';
import { decode } from './state/url-state';

// First the map with the poles of the static page: this chunk is Leaflet and this, no React,
// so the poles are on the map while React and the app are still arriving.
const frame = prepareStaticPage(decode(location.search).patch.embed === true);
if (frame) startEarlyMap(frame, staticPoleSymbols(document), location.search);

// React and the app arrive by import(): evaluating each is a task of its own (index.html has
// already asked for their chunks). A link in English also waits for the English strings (a
// chunk of their own), so that its first render is English; `languageOfAddress` never rejects
// (French and a status line when they fail).
Promise.all([import('./app/mount'), import('./app/App'), import('./state/use-url-sync')]).then(
  ([{ mountApp }, { App }, { languageOfAddress }]) =>
    languageOfAddress(location.search).then(() => mountApp(App)),
  () => staticPageStays(frame),
);
