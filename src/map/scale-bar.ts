/** A scale bar: its length on the image and what it stands for. */
export interface ScaleBar {
  px: number;
  metres: number;
  /** "50 km", "500 m". */
  label: string;
}

const STEPS = [1, 2, 5];

/**
 * The longest round distance (1, 2 or 5 times a power of ten metres) whose bar is at most
 * `maxPx` long at `metresPerPixel`; null when not even one metre fits.
 */
export function scaleBar(metresPerPixel: number, maxPx: number): ScaleBar | null {
  if (!(metresPerPixel > 0) || !(maxPx > 0)) return null;
  const maxMetres = metresPerPixel * maxPx;
  if (maxMetres < 1) return null;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  let metres = power;
  for (const step of STEPS) if (step * power <= maxMetres) metres = step * power;
  return {
    px: metres / metresPerPixel,
    metres,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}

/**
 * Metres per pixel at the middle of a Web Mercator view: the ground distance between two points
 * `px` pixels apart on the centre's parallel, over `px`.
 */
export function metresPerPixelAt(lat: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE = 40075016.686;
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / 2 ** (zoom + 8);
}
