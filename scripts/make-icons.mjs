// Draws the app's icons (public/icons/*.png) from its mark (public/icons/mark.svg and
// mark-maskable.svg) with the local Chromium, so that the PNGs named by the web app manifest
// are the mark at each size. Run it after changing a mark and commit the PNGs:
//
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../tests/e2e/harness.mjs';

/** Every PNG the app ships: its file, the mark it is drawn from, its size in pixels. */
export const ICONS = [
  { file: 'icon-192.png', mark: 'mark.svg', size: 192 },
  { file: 'icon-512.png', mark: 'mark.svg', size: 512 },
  { file: 'maskable-512.png', mark: 'mark-maskable.svg', size: 512 },
  // iOS ignores the manifest's icons and wants an opaque square: the maskable mark fits.
  { file: 'apple-touch-icon.png', mark: 'mark-maskable.svg', size: 180 },
];

const browser = await chromium.launch({
  executablePath: chromePath(),
  args: CHROME_FLAGS,
  headless: true,
});
try {
  const page = await browser.newPage();
  for (const { file, mark, size } of ICONS) {
    const svg = readFileSync(`public/icons/${mark}`, 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    writeFileSync(`public/icons/${file}`, png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
