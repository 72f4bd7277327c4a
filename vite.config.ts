import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.ts';
import { offlineApp } from './build/offline-app.ts';
import {
  appPreloads,
  dataPreloads,
  dataVersionFile,
  ptceQpvRelations,
  staticFirstPaint,
} from './build/plugins.ts';
import { contentSecurityPolicy } from './csp.config.ts';
import { dataVersion } from './build/data-version.ts';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    staticFirstPaint(),
    ptceQpvRelations(),
    appPreloads(),
    dataPreloads(),
    dataVersionFile(),
    offlineApp(),
    precompress(),
  ],
  base: './',
  // The date of ptce.csv, for exports and printed pages (src/data/export-meta.ts).
  // The date of the data in exports and print: the same as data/version.json (build/data-version.ts).
  define: { __PTCE_DATA_DATE__: JSON.stringify(dataVersion().date ?? '') },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: [
      'src/**/*.test.ts',
      'build/**/*.test.ts',
      'scripts/**/*.test.ts',
      'scripts/**/*.test.mjs',
    ],
    environment: 'node',
  },
});
