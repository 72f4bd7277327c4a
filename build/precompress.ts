import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files a server sends as text, which compress well; images and fonts are left alone. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|csv|json|geojson|svg|txt|md|map)$/;
/** Below this, the headers weigh more than what compression saves. */
const MIN_BYTES = 1024;
/**
 * Brotli's best level is slow on megabytes (the QPV contours take seconds): big files get a
 * level that still beats gzip clearly and keeps the build short.
 */
const BIG_FILE_BYTES = 512 * 1024;

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `file.br` and `file.gz` next to every compressible file of `dir`, on zlib's thread
 * pool so that both cores work; resolves to the number of files compressed.
 */
export async function precompressDir(dir: string): Promise<number> {
  const jobs = [...walk(dir)]
    .filter((path) => COMPRESSIBLE.test(path))
    .map((path) => ({ path, bytes: readFileSync(path) }))
    .filter(({ bytes }) => bytes.length >= MIN_BYTES)
    .map(async ({ path, bytes }) => {
      const quality = bytes.length > BIG_FILE_BYTES ? 5 : constants.BROTLI_MAX_QUALITY;
      const [br, gz] = await Promise.all([
        brotliAsync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
        gzipAsync(bytes, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    });
  await Promise.all(jobs);
  return jobs.length;
}

/** After the build: precompressed copies, so a static server sends them without work. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ptce-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
