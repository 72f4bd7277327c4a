import { coreFr } from './core.messages';
import { resilienceFr } from './resilience.messages';
import { shareFr } from './share.messages';
import { qpvFr } from './qpv.messages';
import { importFr } from './import.messages';
import { importCasesFr } from './import-cases.messages';
import { correctionsFr } from './corrections.messages';
import { communesFr } from './communes.messages';
import { mapMenuFr } from './map-menu.messages';
import { speedFr } from './speed.messages';
import { territoryFr } from './territory.messages';
import { offlineFr } from './offline.messages';
import { exportFr } from './export.messages';

export type Lang = 'fr' | 'en';

// Each feature keeps its strings in its own `*.messages.ts` (French) and `*.messages.en.ts`
// (English, typed against the French keys so that a missing translation is a compile error).
// French is merged here and ships in the first script; English is merged in `messages-en.ts`,
// a chunk of its own that a French visitor never downloads.
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
  ...territoryFr,
  ...offlineFr,
  ...exportFr,
};
export type MessageKey = keyof typeof fr;

/** A message of the page's language, its `{params}` filled in. */
export type T = (key: MessageKey, params?: Record<string, string | number>) => string;
export type Messages = Record<MessageKey, string>;

export const FRENCH: Messages = fr;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

let english: Messages | null = null;
let englishLoad: Promise<Messages> | null = null;

/**
 * Fetches the English strings once. A failed fetch is forgotten, so that asking again (the
 * language button, a retry) tries the network again instead of replaying the failure.
 */
export function loadEnglish(): Promise<Messages> {
  englishLoad ??= import('./messages-en').then(
    (module) => (english = module.ENGLISH),
    (error: unknown) => {
      englishLoad = null;
      throw error;
    },
  );
  return englishLoad;
}

export function englishLoaded(): boolean {
  return english !== null;
}

/**
 * The strings of `lang`. The store switches to English only once `loadEnglish` has resolved,
 * so the French fallback is never seen; it keeps a caller outside React (an error boundary)
 * from crashing should that ever be broken.
 */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' && english ? english : fr;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
