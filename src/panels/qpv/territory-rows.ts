import { regionCodeNamed } from '../../analysis/pole-territories';
import type { TerritoiresData } from '../../data/territories';
import type { Pole } from '../../data/types';
import type { T } from '../../i18n/messages';
import { openTerritory } from '../../state/territory-actions';
import type { CountRow } from './CountTable';

/**
 * The région rows with a button to each région's profile, and the poles by département (known
 * once the territory names are loaded), each with its profile too.
 */
export function territoryRows(
  region: readonly CountRow[],
  poles: readonly Pole[],
  data: TerritoiresData | null,
  t: T,
): { region: CountRow[]; departement: CountRow[] } {
  if (!data) return { region: [...region], departement: [] };
  const action = (code: string, name: string) => ({
    text: t('terrStatsOpen'),
    label: t('terrOpenOf', { name }),
    onClick: () => openTerritory(code),
  });
  const withRegion = region.map((r) => {
    const code = regionCodeNamed(data, r.key);
    return code ? { ...r, action: action(`reg-${code}`, r.label) } : r;
  });
  const counts = new Map<string, number>();
  for (const p of poles)
    if (p.departement) counts.set(p.departement, (counts.get(p.departement) ?? 0) + 1);
  const departement = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => {
      const dep = data.departements.find((d) => d.code === code);
      const label = dep ? `${dep.nom} (${code})` : code;
      return { key: code, label, count, ...(dep ? { action: action(`dep-${code}`, label) } : {}) };
    });
  return { region: withRegion, departement };
}
