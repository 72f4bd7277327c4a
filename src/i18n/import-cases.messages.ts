// Strings for the files the import takes without a name column (bare geometries, features
// without properties).
export const importCasesFr = {
  siteFeatureUnnamed: 'Objet {row}',
};

export const importCasesEn: Record<keyof typeof importCasesFr, string> = {
  siteFeatureUnnamed: 'Feature {row}',
};
