import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
// The page's frame: the static page of index.html is laid out with it before any script runs.
import './app/layout.css';
import './app/static-first-paint.css';

const root = createRoot(document.getElementById('root')!);

// The app arrives by import(): evaluating it is then a task of its own, after React's, and
// neither is long enough to hold up input (index.html has already asked for its chunks).
// A link in English also waits for the English strings (a chunk of their own), so that its
// first render is English; `languageOfAddress` never rejects (French and a status line when
// they fail).
Promise.all([import('./app/App'), import('./state/use-url-sync')]).then(
  ([{ App }, { languageOfAddress }]) =>
    languageOfAddress(window.location.search).then(() => {
      // As a transition, the first render is done in slices that let the browser breathe in
      // between: the static page of index.html stays on screen meanwhile.
      startTransition(() => {
        root.render(
          <StrictMode>
            <App />
          </StrictMode>,
        );
      });
    }),
  () => {
    // The static page (list and sources) stays readable; say why the map does not come.
    const en = new URLSearchParams(location.search).get('lang') === 'en';
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.className = 'static-map__note';
    note.textContent = en
      ? 'The map could not be loaded (a file of the application is missing or the network failed). Reload the page to try again.'
      : "La carte n'a pas pu se charger (un fichier de l'application manque ou le réseau a échoué). Rechargez la page pour réessayer.";
    (document.querySelector('.static-map') ?? document.body).prepend(note);
  },
);
