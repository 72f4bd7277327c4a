// Strings of the installed, offline app: the update notice, what is not available offline, the
// date of the data.
export const offlineFr = {
  updateReady: 'Une nouvelle version de la carte (application ou données) est prête.',
  updateReload: 'Recharger',
  communesOfflineOne: 'Les communes de ce département ({deps}) ne sont pas disponibles hors ligne.',
  communesOfflineMany:
    'Les communes de ces départements ({deps}) ne sont pas disponibles hors ligne.',
  qpvOffline:
    'Les contours des quartiers prioritaires ne sont pas disponibles hors ligne : ils n’ont pas encore été chargés sur cet appareil.',
  dataDate: 'Données du {date}.',
};
