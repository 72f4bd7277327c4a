import type { LatLngBoundsExpression } from 'leaflet';

export interface Territory {
  id: string;
  /** Name in French; these are place names, shown as they are in both languages. */
  name: string;
  bounds: LatLngBoundsExpression;
}

export const METROPOLE: Territory = {
  id: 'metropole',
  name: 'Métropole',
  bounds: [
    [41.3, -5.2],
    [51.1, 9.6],
  ],
};

export const OVERSEAS: Territory[] = [
  {
    id: 'guadeloupe',
    name: 'Guadeloupe',
    bounds: [
      [15.83, -61.81],
      [16.52, -61.0],
    ],
  },
  {
    id: 'martinique',
    name: 'Martinique',
    bounds: [
      [14.38, -61.23],
      [14.88, -60.81],
    ],
  },
  {
    id: 'guyane',
    name: 'Guyane',
    bounds: [
      [2.1, -54.6],
      [5.8, -51.6],
    ],
  },
  {
    id: 'reunion',
    name: 'La Réunion',
    bounds: [
      [-21.4, 55.2],
      [-20.87, 55.84],
    ],
  },
  {
    id: 'mayotte',
    name: 'Mayotte',
    bounds: [
      [-13.0, 45.01],
      [-12.63, 45.3],
    ],
  },
];
