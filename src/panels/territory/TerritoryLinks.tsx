import { useEffect } from 'react';
import { territoriesOfPole } from '../../analysis/pole-territories';
import { territoryCode } from '../../data/territory-code';
import type { Pole } from '../../data/types';
import { useT } from '../../state/use-t';
import { useAppStore } from '../../state/store';
import { ensureTerritoryFiles, openTerritory } from '../../state/territory-actions';
import { FactRow } from '../FactRow';

/** A pole's intercommunality, département and région, each opening its profile. */
export function TerritoryLinks({ pole }: { pole: Pole }) {
  const t = useT();
  const territoires = useAppStore((s) => s.territoires);
  const epci = useAppStore((s) => s.epci);
  useEffect(() => ensureTerritoryFiles(), []);
  if (territoires.state !== 'ready') return null;
  const links = territoriesOfPole(
    pole,
    territoires.value,
    epci.state === 'ready' ? epci.value : null,
  );
  if (links.length === 0) return null;
  return (
    <FactRow label={t('terrDetailsLinks')}>
      <span className="territory-links" data-testid="pole-territories">
        {links.map((l) => (
          <button
            key={territoryCode(l.ref)}
            type="button"
            className="link-button"
            data-territory={territoryCode(l.ref)}
            aria-label={t('terrOpenOf', { name: l.nom })}
            onClick={() => openTerritory(territoryCode(l.ref))}
          >
            {l.nom}
          </button>
        ))}
      </span>
    </FactRow>
  );
}
