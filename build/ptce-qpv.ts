import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { qpvServiceFromText } from '../src/analysis/qpv-service.ts';
import { parsePtce } from '../src/data/parse-ptce.ts';
import { knownKeysOf } from '../src/data/known-keys.ts';
import type { PtceQpvFile } from '../src/analysis/ptce-qpv.ts';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The QPV relation of the reference poles, computed with the very code the worker runs, so that
 * a visitor does not download the 4 MB contour file only to get the same 25 answers.
 */
export function computePtceQpv(dataDir: string): PtceQpvFile {
  const read = (file: string) => readFileSync(resolve(dataDir, file), 'utf8');
  const ptceText = read('ptce.csv');
  const { poles } = parsePtce(ptceText, knownKeysOf(read('secteurs.csv'), read('appels.csv')));
  const service = qpvServiceFromText(read('qpv-2024.geojson'));
  const points = poles.map(({ id, lon, lat, precision }) => ({ id, lon, lat, precision }));
  return {
    ptceSha256: sha256Hex(ptceText),
    qpvCount: service.info.count,
    ...service.relate(points),
  };
}
