/** Leaflet sets string content as HTML, so text from data goes in as a text node instead. */
export function textElement(text: string, className?: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  if (className) el.className = className;
  return el;
}
