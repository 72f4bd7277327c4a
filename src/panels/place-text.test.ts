import { describe, expect, it } from 'vitest';
import { FRENCH, format, type T } from '../i18n/messages';
import { placeText } from './place-text';

const t: T = (key, params) => format(FRENCH[key], params);
const pole = (commune: string, departement: string, region: string) => ({
  commune,
  departement,
  region,
});

describe('placeText', () => {
  it('names the commune when it is known', () => {
    expect(placeText(pole('Dijon', '21', 'Bourgogne-Franche-Comté'), null, t)).toBe('Dijon');
  });
  it('says the commune is unknown for a pole known by its département or its région', () => {
    expect(placeText(pole('', '62', 'Hauts-de-France'), { '62': 'Pas-de-Calais' }, t)).toBe(
      'Pas-de-Calais (62), commune inconnue',
    );
    expect(placeText(pole('', '62', 'Hauts-de-France'), null, t)).toBe('62, commune inconnue');
    expect(placeText(pole('', '', 'Hauts-de-France'), null, t)).toBe(
      'Hauts-de-France, commune inconnue',
    );
    expect(placeText(pole('', '', ''), null, t)).toBe('');
  });
});
