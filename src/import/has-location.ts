import type { ColumnMapping } from './guess-columns';

/**
 * Does the mapping say where a row is? Coordinates, or a commune, INSEE code or postcode to
 * place it at the commune centre. Apart from guess-columns (and its proj4), so that the
 * mapping step can ask it without loading the converters.
 */
export function hasLocation(mapping: ColumnMapping): boolean {
  return (
    (mapping.latitude !== undefined && mapping.longitude !== undefined) ||
    mapping.coordinates !== undefined ||
    mapping.commune !== undefined ||
    mapping.insee !== undefined ||
    mapping.postcode !== undefined
  );
}
