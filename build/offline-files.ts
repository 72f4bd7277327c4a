/**
 * The names of the offline app's files in dist/, shared by the build (build/offline-app.ts),
 * the serving rules (build/serving.ts) and the page's registration (src/app/offline-worker.ts).
 */
export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';
