export const resilienceFr = {
  reason_interrupted: 'le téléchargement s’est interrompu avant la fin',
  reason_interruptedBytes:
    'le téléchargement s’est interrompu avant la fin ({received} octets reçus sur {expected})',
  reason_truncated: 'le fichier est incomplet, il s’arrête net après {received} caractères',
  reason_stalled: 'plus rien n’est arrivé pendant {seconds} s',
  slowFile: '{file} tarde à arriver ; le reste de la carte reste utilisable.',
  ptceTruncated:
    'Le fichier ptce.csv est incomplet : il s’arrête au milieu de la ligne {row}, qui n’est pas chargée. Les {count} pôle(s) des lignes précédentes sont affichés.',
  basemapLegend: 'Fond de carte',
  basemap_embedded: 'Fond embarqué (hors ligne)',
  basemap_osm: 'OpenStreetMap (en ligne)',
  basemap_ign: 'IGN Plan (en ligne)',
  tilesLoading: 'Chargement des tuiles {name}…',
  tilesFailed: 'Les tuiles {name} ne se chargent pas : retour au fond embarqué.',
} as const;

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
};
