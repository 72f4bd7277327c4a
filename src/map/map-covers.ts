import type { Box } from './free-area';

/**
 * What lies over the map: the details panel or sheet (a pole's, an imported site's), the QPV
 * cards and tools, the map's own controls, the image and print buttons and the compact layout's
 * buttons.
 */
export const COVER_SELECTOR = [
  '.details',
  '.qpv-tools > :not(dialog)',
  '.leaflet-control',
  '.territory-jump',
  '.basemap-switcher',
  '.compact-bar',
  '.map-menu',
  '.ign-offer',
  '.export-tools__corner',
].join(', ');

/** Where the covers are looked for: the map and what floats over it. */
export function coverRoot(container: HTMLElement): ParentNode {
  return container.closest('.map-area') ?? container.parentElement ?? document;
}

export function coverElements(container: HTMLElement): HTMLElement[] {
  return [...coverRoot(container).querySelectorAll<HTMLElement>(COVER_SELECTOR)];
}

/** The covers' boxes in the map container's pixels; hidden and one-pixel elements left out. */
export function coverBoxes(container: HTMLElement, map: DOMRect): Box[] {
  return coverElements(container).flatMap((el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return [];
    return [
      {
        left: r.left - map.left,
        top: r.top - map.top,
        right: r.right - map.left,
        bottom: r.bottom - map.top,
      },
    ];
  });
}
