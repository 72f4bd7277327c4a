// Strings of the communes layer, the IGN plan offer and the "zoom to the neighbourhood" button.
export const communesFr = {
  urlParam_basemap: 'fond de carte',
  ignOfferTitle: 'Les rues : plan IGN détaillé',
  ignOfferText:
    'Ses tuiles sont chargées depuis la Géoplateforme de l’IGN (data.geopf.fr) : pour les obtenir, votre navigateur sort de ce site.',
  ignOfferAccept: 'Afficher le plan IGN',
  ignOfferDecline: 'Non merci',
  communesFailed: '{error} Le département {dep} reste sans communes sur la carte.',
  zoomToQpv: 'Voir le quartier {name} de près',
  zoomToCommune: 'Voir la commune {name} de près',
} as const;

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
