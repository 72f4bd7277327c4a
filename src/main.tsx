import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
import './app/static-first-paint.css';

const root = createRoot(document.getElementById('root')!);
// As a transition, the first render is done in slices that let the browser breathe in between:
// the static page of index.html stays on screen meanwhile, with no long task to block input.
startTransition(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
