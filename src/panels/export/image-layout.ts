/** A rectangle on the composed image, in its pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A4 landscape at 150 dpi: 297 × 210 mm. */
export const A4_150DPI = { width: 1754, height: 1240 } as const;

export type ImageSize =
  /** The map as big as on screen; the image grows around it. */
  | { kind: 'screen'; map: { width: number; height: number } }
  /** The whole image at a fixed size; the map takes what the rest leaves. */
  | { kind: 'print'; width: number; height: number };

export interface ImageLayout {
  width: number;
  height: number;
  /** Text size of the body; the title is 1.5 times it. */
  fontPx: number;
  margin: number;
  title: Rect;
  map: Rect;
  /** The column right of the map: the legend, then the filters. */
  side: Rect;
  footer: Rect;
}

/** What the text around the map needs: how many lines under the map. */
export interface TextNeeds {
  titleLines: number;
  footerLines: number;
}

const SIDE_SHARE = 0.24;
const MIN_SIDE = 220;

/** The body text size for an image `width` pixels wide: 12 pt on A4 at 150 dpi, 14 px on screen. */
export function fontFor(width: number): number {
  return Math.round(Math.min(25, Math.max(14, width / 70)));
}

/**
 * Where the title, the map, the legend column and the footer go. For the screen size the map
 * keeps its size on screen and the image is built around it; for print the image is fixed and
 * the map gets the rest. Sizes are whole pixels, the map at least 100 × 100.
 */
export function imageLayout(size: ImageSize, needs: TextNeeds): ImageLayout {
  const guessWidth =
    size.kind === 'print' ? size.width : Math.round(size.map.width / (1 - SIDE_SHARE));
  const fontPx = fontFor(guessWidth);
  const margin = Math.round(fontPx * 1.2);
  const line = Math.round(fontPx * 1.35);
  const titleHeight = Math.round(fontPx * 1.5 * 1.3 * Math.max(1, needs.titleLines)) + margin;
  const footerHeight = line * Math.max(1, needs.footerLines) + margin;

  let width: number;
  let height: number;
  let mapWidth: number;
  let mapHeight: number;
  let sideWidth: number;
  if (size.kind === 'print') {
    width = size.width;
    height = size.height;
    sideWidth = Math.max(MIN_SIDE, Math.round(width * SIDE_SHARE));
    mapWidth = Math.max(100, width - sideWidth - 3 * margin);
    mapHeight = Math.max(100, height - titleHeight - footerHeight - 2 * margin);
  } else {
    mapWidth = Math.max(100, Math.round(size.map.width));
    mapHeight = Math.max(100, Math.round(size.map.height));
    sideWidth = Math.max(MIN_SIDE, Math.round((mapWidth * SIDE_SHARE) / (1 - SIDE_SHARE)));
    width = mapWidth + sideWidth + 3 * margin;
    height = titleHeight + mapHeight + footerHeight + 2 * margin;
  }
  const top = margin + titleHeight;
  return {
    width,
    height,
    fontPx,
    margin,
    title: { x: margin, y: margin, width: width - 2 * margin, height: titleHeight - margin },
    map: { x: margin, y: top, width: mapWidth, height: mapHeight },
    side: { x: 2 * margin + mapWidth, y: top, width: sideWidth, height: mapHeight },
    footer: {
      x: margin,
      y: top + mapHeight + margin,
      width: width - 2 * margin,
      height: footerHeight - margin,
    },
  };
}
