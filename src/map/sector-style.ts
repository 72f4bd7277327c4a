import { NO_SECTOR } from '../state/filters';

export interface SymbolStyle {
  color: string;
  /** SVG path in a 24×24 box, centred on (12, 12). */
  path: string;
}

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), each paired
// with its own shape so that colour is never the only cue.
const SHAPES = {
  circle: 'M12 4a8 8 0 1 0 0.001 0Z',
  square: 'M5 5h14v14H5Z',
  triangle: 'M12 3.5 20.5 19H3.5Z',
  diamond: 'M12 3 21 12 12 21 3 12Z',
  triangleDown: 'M3.5 5h17L12 20.5Z',
  pentagon: 'M12 3.5 20.5 9.7 17.3 19.7H6.7L3.5 9.7Z',
  hexagon: 'M7.5 4h9l4.5 8-4.5 8h-9L3 12Z',
  star: 'M12 2.8 14.6 9h6.6l-5.3 4 2 6.5L12 15.6 6.1 19.5l2-6.5-5.3-4h6.6Z',
  plus: 'M9 3.5h6v5.5h5.5v6H15v5.5H9V15H3.5V9H9Z',
  hourglass: 'M5 4h14l-5.5 8 5.5 8H5l5.5-8Z',
} as const;

const BY_SECTOR: Record<string, SymbolStyle> = {
  culture: { color: '#CC79A7', path: SHAPES.circle },
  numerique: { color: '#0072B2', path: SHAPES.square },
  'artisanat-design': { color: '#E69F00', path: SHAPES.diamond },
  accompagnement: { color: '#56B4E9', path: SHAPES.triangle },
  insertion: { color: '#D55E00', path: SHAPES.triangleDown },
  environnement: { color: '#009E73', path: SHAPES.hexagon },
  construction: { color: '#8C6D31', path: SHAPES.pentagon },
  alimentation: { color: '#B8A200', path: SHAPES.star },
  services: { color: '#6A3D9A', path: SHAPES.plus },
  industrie: { color: '#404040', path: SHAPES.hourglass },
};

const FALLBACK: SymbolStyle = { color: '#7A7A7A', path: SHAPES.circle };
const EXTRA_COLORS = ['#1B9E77', '#7570B3', '#E7298A', '#66A61E', '#A6761D'];
const EXTRA_SHAPES = Object.values(SHAPES);

/** A stable symbol for any sector key, including user-defined ones from imported files. */
export function sectorStyle(key: string | undefined): SymbolStyle {
  if (key === undefined || key === NO_SECTOR) return FALLBACK;
  const known = BY_SECTOR[key];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return {
    color: EXTRA_COLORS[h % EXTRA_COLORS.length]!,
    path: EXTRA_SHAPES[(h >>> 3) % EXTRA_SHAPES.length]!,
  };
}

/** The two paths of an accompanied pole's symbol, shared by the map and the legends. */
export const HOLLOW_CORE_TRANSFORM = 'translate(6.5 6.5) scale(0.46)';
const HOLLOW_OUTER = (color: string) =>
  `fill="#fff" stroke="${color}" stroke-width="2.6" stroke-linejoin="round"`;
const HOLLOW_CORE = (color: string) => `fill="${color}" transform="${HOLLOW_CORE_TRANSFORM}"`;

export interface MarkerLook {
  approximate: boolean;
  selected: boolean;
  /**
   * Accompanied without funding: an outline with a small solid core, told from a funded pole
   * (solid) and from an imported site (plain outline, smaller) by its shape, not its colour.
   */
  hollow?: boolean;
}

/**
 * Builds the HTML of a marker icon. Only constants reach this string (never text from data),
 * which is why it may be handed to Leaflet as HTML.
 */
export function markerHtml(style: SymbolStyle, look: MarkerLook): string {
  const ring = look.approximate
    ? '<circle cx="12" cy="12" r="11" fill="none" stroke="#1a1a1a" stroke-width="1.6" stroke-dasharray="3 2.2"/>'
    : '';
  return (
    `<svg viewBox="-1 -1 26 26" width="100%" height="100%" aria-hidden="true" focusable="false">` +
    (look.hollow
      ? `${ring}<path d="${style.path}" ${HOLLOW_OUTER(style.color)}/><path d="${style.path}" ${HOLLOW_CORE(style.color)}/>`
      : `${ring}<path d="${style.path}" fill="${style.color}" stroke="#fff" stroke-width="1.8" stroke-linejoin="round"/>`) +
    `</svg>`
  );
}
