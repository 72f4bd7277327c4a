import type { importCasesFr } from './import-cases.messages';

export const importCasesEn: Record<keyof typeof importCasesFr, string> = {
  siteFeatureUnnamed: 'Feature {row}',
};
