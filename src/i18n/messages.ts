import { coreEn, coreFr } from './core.messages';
import { resilienceEn, resilienceFr } from './resilience.messages';
import { shareEn, shareFr } from './share.messages';
import { qpvEn, qpvFr } from './qpv.messages';
import { importEn, importFr } from './import.messages';
import { importCasesEn, importCasesFr } from './import-cases.messages';
import { correctionsEn, correctionsFr } from './corrections.messages';
import { communesEn, communesFr } from './communes.messages';
import { mapMenuEn, mapMenuFr } from './map-menu.messages';
import { speedEn, speedFr } from './speed.messages';

export type Lang = 'fr' | 'en';

// Each feature keeps its strings in its own `*.messages.ts` (French first, English typed against
// it so that a missing translation is a compile error); they are merged here.
const fr = {
  ...coreFr,
  ...shareFr,
  ...qpvFr,
  ...resilienceFr,
  ...importFr,
  ...importCasesFr,
  ...correctionsFr,
  ...communesFr,
  ...mapMenuFr,
  ...speedFr,
};
export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
const en: Messages = {
  ...coreEn,
  ...shareEn,
  ...qpvEn,
  ...resilienceEn,
  ...importEn,
  ...importCasesEn,
  ...correctionsEn,
  ...communesEn,
  ...mapMenuEn,
  ...speedEn,
};

export const MESSAGES: Record<Lang, Messages> = { fr, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
