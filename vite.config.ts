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
