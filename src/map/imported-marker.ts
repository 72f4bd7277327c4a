import L from 'leaflet';
import { sectorStyle } from './sector-style';

/**
 * Icons of imported sites: smaller than the reference poles and drawn as an
 * outline (white inside), so the two never look alike; the dashed ring of
 * approximate positions is the same as for the poles. Only constants and
 * numbers reach these HTML strings, never text from a file.
 */

const SITE_SIZE = 18;
const SELECTED_SIZE = 26;
const siteIcons = new Map<string, L.DivIcon>();
const clusterIcons = new Map<string, L.DivIcon>();

export function importedSiteHtml(sector: string | undefined, approximate: boolean): string {
  const style = sectorStyle(sector);
  const ring = approximate
    ? '<circle cx="12" cy="12" r="11.5" fill="none" stroke="#1a1a1a" stroke-width="1.8" stroke-dasharray="3 2.2"/>'
    : '';
  return (
    `<svg viewBox="-1 -1 26 26" width="100%" height="100%" aria-hidden="true" focusable="false">` +
    `${ring}<path d="${style.path}" fill="none" stroke="#1a1a1a" stroke-opacity="0.55" stroke-width="6" stroke-linejoin="round"/>` +
    `<path d="${style.path}" fill="#fff" stroke="${style.color}" stroke-width="4" stroke-linejoin="round"/>` +
    `</svg>`
  );
}

export function importedSiteIcon(
  sector: string | undefined,
  approximate: boolean,
  selected: boolean,
): L.DivIcon {
  const key = `${sector ?? ''}|${approximate}|${selected}`;
  let icon = siteIcons.get(key);
  if (!icon) {
    const size = selected ? SELECTED_SIZE : SITE_SIZE;
    icon = L.divIcon({
      html: importedSiteHtml(sector, approximate),
      className: `imported-marker${approximate ? ' is-approx' : ''}${selected ? ' is-selected' : ''}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    siteIcons.set(key, icon);
  }
  return icon;
}

function clusterSize(count: number): number {
  return count < 100 ? 30 : count < 1000 ? 36 : count < 10000 ? 42 : 48;
}

export function clusterIcon(count: number, text: string): L.DivIcon {
  const key = `${count}|${text}`;
  let icon = clusterIcons.get(key);
  if (!icon) {
    const size = clusterSize(count);
    icon = L.divIcon({
      // `text` is a formatted number.
      html: `<span aria-hidden="true">${text.replace(/[^\d\s,.\u202f\u00a0]/g, '')}</span>`,
      className: 'imported-cluster',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    if (clusterIcons.size > 2000) clusterIcons.clear();
    clusterIcons.set(key, icon);
  }
  return icon;
}
