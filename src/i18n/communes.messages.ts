// Strings of the communes layer, the IGN plan offer and the "zoom to the neighbourhood" button.
export const communesFr = {
  urlParam_basemap: 'fond de carte',
  ignOfferTitle: 'Plan IGN détaillé',
  ignOfferText:
    'Les rues et les bâtiments viennent du plan IGN, dont les tuiles sont chargées depuis la Géoplateforme (data.geopf.fr) : votre navigateur quitte alors ce site pour les obtenir.',
  ignOfferAccept: 'Afficher le plan IGN',
  ignOfferDecline: 'Non merci',
  communesFailed:
    'Communes du département {dep} non chargées ({reason}) : ce département reste sans communes sur la carte.',
  zoomToQpv: 'Voir le quartier {name} de près',
  zoomToCommune: 'Voir la commune {name} de près',
  zoomToPlace: 'Voir les environs de près',
} as const;

export const communesEn: Record<keyof typeof communesFr, string> = {
  urlParam_basemap: 'basemap',
  ignOfferTitle: 'Detailed IGN map',
  ignOfferText:
    'Streets and buildings come from the IGN plan, whose tiles are loaded from the Géoplateforme (data.geopf.fr): your browser then leaves this site to fetch them.',
  ignOfferAccept: 'Show the IGN map',
  ignOfferDecline: 'No thanks',
  communesFailed:
    'Communes of département {dep} not loaded ({reason}): this département stays without communes on the map.',
  zoomToQpv: 'Zoom to the {name} neighbourhood',
  zoomToCommune: 'Zoom to the commune of {name}',
  zoomToPlace: 'Zoom to the surroundings',
};
