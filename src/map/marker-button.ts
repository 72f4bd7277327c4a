const wired = new WeakSet<HTMLElement>();

/**
 * Leaflet gives keyboard markers role="button" but no name and no Enter key: aria-label names
 * the marker, and Enter or Space act like a click (wired once per element).
 */
export function makeMarkerButton(el: HTMLElement, name: string, activate: () => void): void {
  el.setAttribute('aria-label', name);
  if (wired.has(el)) return;
  wired.add(el);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    }
  });
}
