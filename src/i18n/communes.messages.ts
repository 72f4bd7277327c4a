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
