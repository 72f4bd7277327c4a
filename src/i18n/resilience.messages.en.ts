import type { resilienceFr } from './resilience.messages';

export const resilienceEn: Record<keyof typeof resilienceFr, string> = {
  reason_interrupted: 'the download stopped before the end',
  reason_interruptedBytes: 'the download stopped before the end ({received} of {expected} bytes)',
  reason_truncated: 'the file is incomplete, it stops short after {received} characters',
  reason_stalled: 'nothing arrived for {seconds} s',
  slowFile: '{file} is slow to arrive; the rest of the map remains usable.',
  ptceTruncated:
    'The file ptce.csv is incomplete: it stops in the middle of line {row}, which is not loaded. The {count} hub(s) of the lines before it are shown.',
  basemapLegend: 'Basemap',
  basemap_embedded: 'Embedded basemap (offline)',
  basemap_osm: 'OpenStreetMap (online)',
  basemap_ign: 'IGN Plan (online)',
  tilesLoading: 'Loading the {name} tiles…',
  tilesFailed: 'The {name} tiles do not load: back to the embedded basemap.',
  englishFailed: 'The English version could not be loaded: the map stays in French.',
  englishFailedInEnglish: 'The English version could not be loaded: the map stays in French.',
  retryEnglish: 'Try English again',
};
