// Builds the bench's reference page into dist-floor/ (never into the app's dist/), with the
// same bundler settings and precompression as the app. The located poles are read from
// public/data/ptce.csv and inlined; regions.geojson is copied as the app ships it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import Papa from 'papaparse';
import { precompress } from '../../../build/precompress.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VIRTUAL = 'virtual:floor-poles';

function floorData() {
  return {
    name: 'floor-data',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const rows = Papa.parse(readFileSync(`${ROOT}public/data/ptce.csv`, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const poles = rows
        .filter((r) => r.latitude !== '' && r.longitude !== '')
        .map((r) => ({ id: r.id, nom: r.nom, lat: Number(r.latitude), lon: Number(r.longitude) }));
      return `export const POLES = ${JSON.stringify(poles)};`;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/regions.geojson',
        source: readFileSync(`${ROOT}public/data/regions.geojson`),
      });
    },
  };
}

export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react(), floorData(), precompress()],
  build: {
    target: 'es2022',
    outDir: `${ROOT}dist-floor`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
};
