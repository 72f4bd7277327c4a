import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { dataVersion } from './data-version.ts';

// The app's own parser and analysis run at build time. They are loaded through Vite's module
// runner when the hook runs, not imported by the config: the config stays small, and the app's
// extensionless imports need no config loader of their own.
type PtceQpvModule = typeof import('./ptce-qpv.ts');
type StaticPaintModule = typeof import('./static-first-paint.ts');

const load = async <M>(file: string): Promise<M> =>
  (await runnerImport<M>(resolve(import.meta.dirname, file))).module;

/** The date of the data (build/data-version.ts), for "Sources et licences". */
export const DATA_VERSION_FILE = 'version.json';

/** Writes data/version.json: the date of the shipped data, read from git at build time. */
export function dataVersionFile(dataDir = 'public/data'): Plugin {
  return {
    name: 'ptce-data-version',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: `data/${DATA_VERSION_FILE}`,
        source: JSON.stringify(dataVersion(dataDir)),
      });
    },
  };
}

/** The data file written next to the others by the build (src/analysis/ptce-qpv.ts). */
const PTCE_QPV_FILE = 'ptce-qpv.json';

/** Writes data/ptce-qpv.json, the QPV relation of the reference poles, into the build. */
export function ptceQpvRelations(dataDir = 'public/data'): Plugin {
  return {
    name: 'ptce-qpv-relations',
    apply: 'build',
    async generateBundle() {
      const { computePtceQpv } = await load<PtceQpvModule>('ptce-qpv.ts');
      this.emitFile({
        type: 'asset',
        fileName: `data/${PTCE_QPV_FILE}`,
        source: JSON.stringify(computePtceQpv(dataDir)),
      });
    },
  };
}

/**
 * The files the first marker waits for, requested from index.html so that they arrive while
 * the script is still downloading (as fetch() asks for them: same origin, `crossorigin`).
 */
export const PRELOADED_DATA = ['secteurs.csv', 'ptce.csv', 'appels.csv', PTCE_QPV_FILE];

/** A `<link>` in index.html's head that asks for a file the page will fetch with CORS. */
const headLink = (attrs: Record<string, string>) => ({
  tag: 'link',
  attrs: { ...attrs, crossorigin: '' },
  injectTo: 'head' as const,
});

export function dataPreloads(): Plugin {
  return {
    name: 'ptce-data-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        PRELOADED_DATA.map((file) =>
          headLink({ rel: 'preload', href: `./data/${file}`, as: 'fetch' }),
        ),
    },
  };
}

/**
 * src/main.tsx puts the poles on a map first (Leaflet alone), then imports React's root and the
 * app with import(), so that evaluating each is a task of its own rather than part of one long
 * evaluation of everything. index.html asks for their chunks and styles at once, so that they
 * download alongside the entry instead of after it has run.
 */
export function appPreloads(entries = ['/src/app/mount.tsx', '/src/app/App.tsx']): Plugin {
  return {
    name: 'ptce-app-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = entries.map((entry) => {
          const chunk = Object.values(ctx.bundle ?? {}).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry),
          );
          if (!chunk || chunk.type !== 'chunk')
            throw new Error(`no chunk for ${entry} in the build`);
          return chunk;
        });
        const scripts = new Set(chunks.flatMap((c) => [c.fileName, ...c.imports]));
        const styles = new Set(chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
        return [
          ...[...scripts].map((f) => headLink({ rel: 'modulepreload', href: `./${f}` })),
          // Fetched at once but not render-blocking: the static page needs only the entry's
          // styles, and import() applies these before the app's first render.
          ...[...styles].map((f) => headLink({ rel: 'preload', as: 'style', href: `./${f}` })),
        ];
      },
    },
  };
}

/** Writes the static first paint into index.html's root element, at build time. */
export function staticFirstPaint(dataDir = 'public/data'): Plugin {
  return {
    name: 'ptce-static-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error('index.html has no empty <div id="root">');
        const { staticFirstPaintHtml } = await load<StaticPaintModule>('static-first-paint.ts');
        const read = (file: string) => readFileSync(resolve(dataDir, file), 'utf8');
        const body = staticFirstPaintHtml(
          read('ptce.csv'),
          read('secteurs.csv'),
          read('appels.csv'),
        );
        return html.replace(root, `<div id="root">${body}</div>`);
      },
    },
  };
}
