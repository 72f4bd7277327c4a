import { scaleBar } from '../../map/scale-bar';
import { imageLayout, type ImageLayout, type ImageSize, type Rect } from './image-layout';
import type { LegendEntry } from './legend-entries';

/** Everything written around the map, already in the page's language. */
export interface ImageText {
  title: string;
  legendTitle: string;
  legend: LegendEntry[];
  /**
   * The active filters in words, then the sources and attributions of what is drawn, the date
   * of the data and the link: under the map, where a long legend cannot crowd them out.
   */
  footer: string[];
}

const INK = '#1a1a1a';
const MUTED = '#3d3d3d';
const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';

/** Lines of at most `width` pixels; a word longer than a line (a link) is cut where it must. */
export function wrapText(
  ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
  text: string,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => ctx.measureText(s).width <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (fits(tried)) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function drawSymbol(
  ctx: CanvasRenderingContext2D,
  entry: LegendEntry,
  x: number,
  y: number,
  s: number,
) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(s / 24, s / 24);
  ctx.lineJoin = 'round';
  if (entry.kind === 'sector') {
    const path = new Path2D(entry.path);
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.8;
    ctx.fill(path);
    ctx.stroke(path);
  } else if (entry.kind === 'approx') {
    ctx.setLineDash([3, 2.2]);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    ctx.arc(12, 12, 10, 0, 2 * Math.PI);
    ctx.stroke();
  } else if (entry.kind === 'accompanied') {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#444444';
    ctx.lineWidth = 2.6;
    ctx.beginPath();
    ctx.arc(12, 12, 9, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#444444';
    ctx.beginPath();
    ctx.arc(12, 12, 4, 0, 2 * Math.PI);
    ctx.fill();
  } else if (entry.kind === 'qpv') {
    ctx.fillStyle = 'rgba(143, 108, 194, 0.28)';
    ctx.strokeStyle = '#5e3c99';
    ctx.lineWidth = 1.8;
    ctx.fillRect(2, 5, 20, 14);
    ctx.strokeRect(2, 5, 20, 14);
    ctx.fillStyle = '#6a3d9a';
    ctx.beginPath();
    ctx.arc(12, 12, 4, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.fillStyle = 'rgba(230, 159, 0, 0.25)';
    ctx.strokeStyle = '#B3400B';
    ctx.lineWidth = 2.4;
    ctx.fillRect(2, 5, 20, 14);
    ctx.strokeRect(2, 5, 20, 14);
  }
  ctx.restore();
}

function drawScale(ctx: CanvasRenderingContext2D, map: Rect, metresPerPixel: number, font: number) {
  const bar = scaleBar(metresPerPixel, Math.min(font * 10, map.width / 4));
  if (!bar) return;
  const pad = Math.round(font * 0.5);
  ctx.font = `${Math.round(font * 0.85)}px ${FONT}`;
  const label = ctx.measureText(bar.label).width;
  const boxW = bar.px + label + pad * 4;
  const boxH = Math.round(font * 1.7);
  const x = map.x + pad;
  const y = map.y + map.height - boxH - pad;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.88)';
  ctx.fillRect(x, y, boxW, boxH);
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(2, font / 8);
  const base = y + boxH * 0.68;
  ctx.beginPath();
  ctx.moveTo(x + pad, base - boxH * 0.3);
  ctx.lineTo(x + pad, base);
  ctx.lineTo(x + pad + bar.px, base);
  ctx.lineTo(x + pad + bar.px, base - boxH * 0.3);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(bar.label, x + pad * 2 + bar.px, base);
}

/** The lines of the footer and the title at the sizes of `layout`. */
function measure(ctx: CanvasRenderingContext2D, layout: ImageLayout, text: ImageText) {
  ctx.font = `bold ${Math.round(layout.fontPx * 1.5)}px ${FONT}`;
  const title = wrapText(ctx, text.title, layout.title.width).slice(0, 3);
  ctx.font = `${Math.round(layout.fontPx * 0.8)}px ${FONT}`;
  const footer = text.footer.flatMap((l) => wrapText(ctx, l, layout.footer.width));
  return { title, footer };
}

/**
 * The image: the title, the captured map with a scale bar, the legend beside it, the filters,
 * the sources, the date of the data and the link under it. Canvas 2D only, so the text is
 * the page's own and nothing is read back from elsewhere.
 */
export function composeImage(
  map: HTMLCanvasElement,
  metresPerPixel: number,
  size: ImageSize,
  text: ImageText,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new RangeError('no 2D context');
  let layout = imageLayout(size, { titleLines: 1, footerLines: text.footer.length });
  let lines = measure(ctx, layout, text);
  // The footer's own font is 0.8 of the body, so its lines count for 0.8 of a body line.
  const footerLines = Math.ceil(lines.footer.length * 0.8);
  layout = imageLayout(size, { titleLines: lines.title.length, footerLines });
  lines = measure(ctx, layout, text);
  canvas.width = layout.width;
  canvas.height = layout.height;
  const font = layout.fontPx;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);

  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = `bold ${Math.round(font * 1.5)}px ${FONT}`;
  lines.title.forEach((l, i) =>
    ctx.fillText(l, layout.title.x, layout.title.y + i * Math.round(font * 1.5 * 1.3)),
  );

  const m = layout.map;
  // "Cover": the capture keeps its proportions, cut evenly if the text took a little more room
  // than foreseen when it was made.
  const k = Math.max(m.width / map.width, m.height / map.height);
  const sw = m.width / k;
  const sh = m.height / k;
  ctx.drawImage(
    map,
    (map.width - sw) / 2,
    (map.height - sh) / 2,
    sw,
    sh,
    m.x,
    m.y,
    m.width,
    m.height,
  );
  ctx.strokeStyle = '#857c6c';
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.width - 1, m.height - 1);
  drawScale(ctx, m, metresPerPixel / k, font);

  const side = layout.side;
  const line = Math.round(font * 1.35);
  const symbol = Math.round(font * 1.1);
  let y = side.y;
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  ctx.font = `bold ${Math.round(font * 1.1)}px ${FONT}`;
  ctx.fillText(text.legendTitle, side.x, y);
  y += Math.round(line * 1.3);
  ctx.font = `${font}px ${FONT}`;
  const textX = side.x + symbol + Math.round(font * 0.5);
  for (const entry of text.legend) {
    if (y + line > side.y + side.height) break;
    drawSymbol(ctx, entry, side.x, y, symbol);
    ctx.fillStyle = INK;
    for (const l of wrapText(ctx, entry.label, side.x + side.width - textX)) {
      ctx.fillText(l, textX, y + 1);
      y += line;
    }
    y += Math.round(line * 0.25);
  }
  ctx.fillStyle = MUTED;
  ctx.font = `${Math.round(font * 0.8)}px ${FONT}`;
  const footerLine = Math.round(font * 0.8 * 1.35);
  lines.footer.forEach((l, i) =>
    ctx.fillText(l, layout.footer.x, layout.footer.y + i * footerLine),
  );
  return canvas;
}
