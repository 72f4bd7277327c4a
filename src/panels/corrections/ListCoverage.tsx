import { useState } from 'react';
import type { PolesData } from '../../data/load-reference';
import { useT } from '../../state/use-t';
import { openCorrection, removeProposal } from '../../state/corrections-actions';
import { useAppStore } from '../../state/store';
import { CoverageNote } from './CoverageNote';

/** Above the list: how much of the official lists the map holds, and how to add what is missing. */
export function ListCoverage({ data }: { data: PolesData }) {
  const t = useT();
  return (
    <div className="list-coverage">
      <CoverageNote data={data} />
      <p className="list-corrections__how">{t('coverageHowTo')}</p>
    </div>
  );
}

/**
 * Below the list (the skip link leads straight to the poles): the way to propose a missing
 * pole, and the poles proposed in this browser.
 */
export function ListProposals() {
  const t = useT();
  const proposals = useAppStore((s) => s.proposals);
  const [removed, setRemoved] = useState('');
  return (
    <div className="list-corrections">
      <button
        type="button"
        className="list-corrections__propose"
        onClick={() => openCorrection({ mode: 'propose', draft: null })}
      >
        {t('proposeMissing')}
      </button>
      {proposals.length > 0 && (
        <>
          <h3 className="list-corrections__title">{t('proposalsTitle')}</h3>
          <ul className="proposal-list">
            {proposals.map((p) => (
              <li key={p.id} className="proposal-list__item">
                <span className="proposal-list__name">
                  {t('proposalName', { nom: p.nom })}
                  {p.latitude === '' && <span className="tag"> · {t('proposalNotOnMap')}</span>}
                </span>
                <button
                  type="button"
                  aria-label={t('proposalOpenNamed', { nom: p.nom })}
                  onClick={() => openCorrection({ mode: 'propose', draft: p })}
                >
                  {t('proposalOpen')}
                </button>
                <button
                  type="button"
                  aria-label={t('proposalRemoveNamed', { nom: p.nom })}
                  onClick={() => {
                    removeProposal(p.id);
                    setRemoved(t('proposalRemoved', { nom: p.nom }));
                  }}
                >
                  {t('proposalRemove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" className="visually-hidden">
        {removed}
      </p>
    </div>
  );
}
