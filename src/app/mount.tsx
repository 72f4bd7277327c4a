import { StrictMode, startTransition, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders the app into #root, in place of the static page. As a transition, the first render
 * is done in slices that let the browser breathe in between: the static page, and the map it
 * already shows, stay on screen meanwhile.
 */
export function mountApp(App: ComponentType): void {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
