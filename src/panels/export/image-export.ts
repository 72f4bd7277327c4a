import L from 'leaflet';
import { DATA_DATE, datedFileName } from '../../data/export-meta';
import { longDate } from '../../data/intl-formats';
import type { Pole, Sector, Wave } from '../../data/types';
import { unfundedCodes } from '../../data/waves';
import type { Lang, T } from '../../i18n/messages';
import { getState, setState } from '../../state/store';
import { filterWords } from '../../state/view-title';
import { sectorLabel } from '../sector-label';
import { captureMap, drawEmbeddedOnly, drawWithLibrary } from './capture-map';
import { composeImage } from './compose-image';
import { A4_150DPI, imageLayout, type ImageSize } from './image-layout';
import { legendEntries } from './legend-entries';
import { viewWords } from './view-words';

export type ImageSizeChoice = 'screen' | 'a4';
/** 'library': the capture library draws the map; 'embedded': the map's own canvases only. */
export type CaptureMode = 'library' | 'embedded';

export interface ImageRequest {
  map: L.Map;
  size: ImageSizeChoice;
  mode: CaptureMode;
  title: string;
  /** The poles that pass the filters; the legend keeps those in the captured view. */
  poles: readonly Pole[];
  sectors: readonly Sector[];
  /** The waves of appels.csv: their names, and which gave no funding (drawn hollow). */
  waves: readonly Wave[];
  lang: Lang;
  t: T;
}

export interface MadeImage {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  ms: number;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The communes files a larger view asked for are in (or 8 s have passed). */
async function communesSettled(): Promise<void> {
  const deadline = performance.now() + 8000;
  while (
    performance.now() < deadline &&
    Object.values(getState().communes).some((c) => c.state === 'loading')
  )
    await pause(50);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new RangeError('toBlob gave nothing'))),
      'image/png',
    ),
  );
}

/** Whether one of the named neighbourhoods' outlines meets `bounds`. */
function quartierInView(bounds: L.LatLngBounds): boolean {
  const quartiers = getState().quartiers;
  if (quartiers.state !== 'ready') return false;
  return quartiers.value.features.some((f) => L.geoJSON(f).getBounds().intersects(bounds));
}

/**
 * Makes the PNG: captures the map (at the print size on the map itself, then put back), writes
 * the legend of what is in the captured view, the filters, the sources of what is drawn, the
 * date of the data and the link, and encodes it.
 */
export async function makeImage(req: ImageRequest): Promise<MadeImage> {
  const started = performance.now();
  const { map, t, lang } = req;
  // Before the capture, which may change the view for a moment (and the address with it).
  const link = location.href;
  const state = getState();
  let size: ImageSize;
  let captureSize: { width: number; height: number } | null = null;
  if (req.size === 'a4') {
    size = { kind: 'print', ...A4_150DPI };
    // The footer takes about five lines: filters, sources, date and link.
    const layout = imageLayout(size, { titleLines: 1, footerLines: 5 });
    captureSize = { width: layout.map.width, height: layout.map.height };
  } else {
    const el = map.getContainer();
    size = { kind: 'screen', map: { width: el.clientWidth, height: el.clientHeight } };
  }
  const draw = req.mode === 'library' ? drawWithLibrary : drawEmbeddedOnly;
  // The map moves for the capture, and the store follows it; the view it had comes back after.
  const view = state.view;
  const capture = await captureMap(map, captureSize, draw, communesSettled, () =>
    setState({ view }),
  );

  const words = viewWords(t, lang, req.sectors, req.waves);
  const legend = legendEntries(
    req.poles,
    (lat, lon) => capture.bounds.contains([lat, lon]),
    {
      sectorLabel: (key) =>
        key === undefined ? t('noSector') : sectorLabel(key, req.sectors, lang),
      approx: t('legendApprox'),
      accompanied: t('legendAccompaniedShort'),
      qpv: state.qpvLayer ? t('legendQpv') : null,
      quartier: quartierInView(capture.bounds) ? t('legendQuartier') : null,
    },
    unfundedCodes(req.waves),
  );
  const today = new Date().toISOString().slice(0, 10);
  const filters = filterWords(state.filters, words);
  const footer = [
    t('viewFiltersLine', { list: filters.length > 0 ? filters.join(' ; ') : t('viewNoFilter') }),
    t('viewSources', { list: [...capture.attributions, t('viewPolesSource')].join(' ; ') }),
    ...(capture.onlineLeftOut ? [t('exportOnlineNote')] : []),
    ...(req.mode === 'embedded' ? [t('exportEmbeddedNote')] : []),
    t('viewDataDate', {
      date: DATA_DATE ? longDate(DATA_DATE, lang) : '—',
      today: longDate(today, lang),
    }),
    t('viewLink', { url: link }),
  ];
  const canvas = composeImage(capture.canvas, capture.metresPerPixel, size, {
    title: req.title.trim() || words.base,
    legendTitle: t('legendTitle'),
    legend,
    footer,
  });
  const blob = await toBlob(canvas);
  return {
    blob,
    fileName: datedFileName(`carte-ptce-${req.size === 'a4' ? 'a4' : 'ecran'}`, DATA_DATE, 'png'),
    width: canvas.width,
    height: canvas.height,
    ms: performance.now() - started,
  };
}
