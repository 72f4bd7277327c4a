import type { mapMenuFr } from './map-menu.messages';

export const mapMenuEn: Record<keyof typeof mapMenuFr, string> = {
  mapMenuButton: 'Map',
  mapMenuLabel: 'Map tools',
  mapMenuClose: 'Close the map tools',
  attributionButton: 'Sources ©',
};
