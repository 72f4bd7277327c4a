import type { Messages } from './messages';
import { coreEn } from './core.messages.en';
import { resilienceEn } from './resilience.messages.en';
import { shareEn } from './share.messages.en';
import { qpvEn } from './qpv.messages.en';
import { importEn } from './import.messages.en';
import { importCasesEn } from './import-cases.messages.en';
import { correctionsEn } from './corrections.messages.en';
import { communesEn } from './communes.messages.en';
import { mapMenuEn } from './map-menu.messages.en';
import { speedEn } from './speed.messages.en';
import { territoryEn } from './territory.messages.en';
import { offlineEn } from './offline.messages.en';
import { exportEn } from './export.messages.en';

// Reached only through `loadEnglish()` (messages.ts): a static import from anywhere in the
// page would put every English string back into the first script.
export const ENGLISH: Messages = {
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
  ...territoryEn,
  ...offlineEn,
  ...exportEn,
};
