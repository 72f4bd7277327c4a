import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.ts';
import { appPreloads, dataPreloads, ptceQpvRelations, staticFirstPaint } from './build/plugins.ts';
import { contentSecurityPolicy } from './csp.config.ts';
import { dataDate } from './build/data-date.ts';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    staticFirstPaint(),
    ptceQpvRelations(),
    appPreloads(),
    dataPreloads(),
    precompress(),
  ],
  base: './',
  // The date of ptce.csv, for exports and printed pages (src/data/export-meta.ts).
  define: { __PTCE_DATA_DATE__: JSON.stringify(dataDate()) },
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
