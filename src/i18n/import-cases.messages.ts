// Strings for the files the import takes without a name column (bare geometries, features
// without properties).
export const importCasesFr = {
  siteFeatureUnnamed: 'Objet {row}',
};
