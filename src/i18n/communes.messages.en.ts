import type { communesFr } from './communes.messages';

export const communesEn: Record<keyof typeof communesFr, string> = {
  urlParam_basemap: 'basemap',
  ignOfferTitle: 'Streets: the detailed IGN map',
  ignOfferText:
    'Its tiles are loaded from the IGN Géoplateforme (data.geopf.fr): to get them, your browser leaves this site.',
  ignOfferAccept: 'Show the IGN map',
  ignOfferDecline: 'No thanks',
  communesFailed: '{error} Département {dep} stays without communes on the map.',
  zoomToQpv: 'Zoom to the {name} neighbourhood',
  zoomToCommune: 'Zoom to the commune of {name}',
};
