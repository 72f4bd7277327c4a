import { parseAppels } from './parse-appels';
import { parseSecteurs } from './parse-secteurs';
import type { KnownKeys } from './ptce-schema';

/**
 * The keys a ptce.csv row is checked against, read from the texts of secteurs.csv and
 * appels.csv: what the build steps and the merge script use, as the app does.
 */
export function knownKeysOf(secteursText: string, appelsText: string): KnownKeys {
  return {
    sectors: new Set(parseSecteurs(secteursText).sectors.map((s) => s.key)),
    waves: new Set(parseAppels(appelsText).waves.map((w) => w.code)),
  };
}
