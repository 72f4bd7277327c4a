// Strings of the phone map menu and the folded attribution.
export const mapMenuFr = {
  mapMenuButton: 'Carte',
  mapMenuLabel: 'Outils de la carte',
  mapMenuClose: 'Fermer les outils de la carte',
  attributionButton: 'Sources ©',
};
