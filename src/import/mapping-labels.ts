import type { ColumnRole, UnsureReason } from './guess-columns';
import type { Lang } from './messages';

/** Wording for the mapping step: what each role means, and why the guess is uncertain. */

const ROLE_FR: Record<ColumnRole, string> = {
  name: 'Nom',
  latitude: 'Latitude (ou Y)',
  longitude: 'Longitude (ou X)',
  coordinates: 'Coordonnées « latitude, longitude » dans une seule colonne',
  crs: 'Système de coordonnées (EPSG)',
  commune: 'Commune',
  insee: 'Code INSEE',
  postcode: 'Code postal',
  department: 'Département',
  sectors: 'Secteurs',
  website: 'Site web',
  description: 'Description',
  address: 'Adresse',
};

const ROLE_EN: Record<ColumnRole, string> = {
  name: 'Name',
  latitude: 'Latitude (or Y)',
  longitude: 'Longitude (or X)',
  coordinates: '“latitude, longitude” in one column',
  crs: 'Coordinate reference system (EPSG)',
  commune: 'Commune',
  insee: 'INSEE code',
  postcode: 'Postcode',
  department: 'Département',
  sectors: 'Sectors',
  website: 'Website',
  description: 'Description',
  address: 'Address',
};

export function columnRoleLabel(role: ColumnRole, lang: Lang): string {
  return (lang === 'fr' ? ROLE_FR : ROLE_EN)[role];
}

export function unsureReasonMessage(reason: UnsureReason, lang: Lang): string {
  const fr = lang === 'fr';
  switch (reason.code) {
    case 'no_name_column':
      return fr ? 'Aucune colonne de nom reconnue.' : 'No name column was recognised.';
    case 'no_location_column':
      return fr
        ? 'Aucune colonne de coordonnées, de commune, de code INSEE ou de code postal reconnue.'
        : 'No coordinates, commune, INSEE code or postcode column was recognised.';
    case 'xy_ambiguous':
      return fr
        ? `Les colonnes « ${reason.columns[0]} » et « ${reason.columns[1]} » ont été lues comme longitude et latitude : vérifiez.`
        : `Columns “${reason.columns[0]}” and “${reason.columns[1]}” were read as longitude and latitude: please check.`;
    case 'several_candidates': {
      const [chosen, ...others] = reason.columns;
      const role = columnRoleLabel(reason.role, lang);
      return fr
        ? `Plusieurs colonnes possibles pour « ${role} » : « ${chosen} » a été choisie plutôt que ${others.map((c) => `« ${c} »`).join(', ')}.`
        : `Several possible columns for “${role}”: “${chosen}” was chosen over ${others.map((c) => `“${c}”`).join(', ')}.`;
    }
    case 'values_mismatch': {
      const role = columnRoleLabel(reason.role, lang);
      return fr
        ? `Les valeurs de la colonne « ${reason.column} » ne ressemblent pas à : ${role}.`
        : `The values of column “${reason.column}” do not look like: ${role}.`;
    }
  }
}
