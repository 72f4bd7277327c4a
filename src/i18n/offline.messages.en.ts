import type { offlineFr } from './offline.messages';

export const offlineEn: Record<keyof typeof offlineFr, string> = {
  updateReady: 'A new version of the map (app or data) is ready.',
  updateReload: 'Reload',
  communesOfflineOne: 'The communes of this département ({deps}) are not available offline.',
  communesOfflineMany: 'The communes of these départements ({deps}) are not available offline.',
  qpvOffline:
    'The outlines of the priority neighbourhoods are not available offline: they have not been loaded on this device yet.',
  dataDate: 'Data as of {date}.',
};
