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
  englishFailed: 'La version anglaise n’a pas pu être chargée : la carte reste en français.',
  // Shown beside the French line (lang="en"): the reader asked for English.
  englishFailedInEnglish: 'The English version could not be loaded: the map stays in French.',
  retryEnglish: 'Réessayer en anglais',
} as const;
