import { useState } from 'react';
import { parseSiteSelection } from '../state/site-selection';
import { useAppStore } from '../state/store';

/** The details last opened: a pole's, an imported site's or a QPV card. */
export interface Opening {
  kind: 'pole' | 'site' | 'qpv';
  id: string;
  /** Chosen outside the map (list, search, a card's list of poles): also zoom in to it. */
  reveal: boolean;
}

interface Seen {
  selectedId: string | null;
  revealSeq: number;
  selectedQpv: string | null;
}

function next(opening: Opening | null, seen: Seen, now: Seen): Opening | null {
  const revealed = now.revealSeq !== seen.revealSeq;
  if (now.selectedId !== null && (now.selectedId !== seen.selectedId || revealed)) {
    const kind = parseSiteSelection(now.selectedId) ? 'site' : 'pole';
    return { kind, id: now.selectedId, reveal: revealed };
  }
  if (now.selectedQpv !== null && now.selectedQpv !== seen.selectedQpv) {
    return { kind: 'qpv', id: now.selectedQpv, reveal: false };
  }
  if (!opening) return null;
  const open = opening.kind === 'qpv' ? now.selectedQpv : now.selectedId;
  return open === opening.id ? opening : null;
}

/**
 * The details that opened last, however they did (a click, the list, the search, a link, Back
 * or Forward); null once they close. Each opening is a new object, so that opening the same
 * pole again from the list is told from the first time.
 */
export function useOpening(): Opening | null {
  const selectedId = useAppStore((s) => s.selectedId);
  const revealSeq = useAppStore((s) => s.revealSeq);
  const selectedQpv = useAppStore((s) => s.selectedQpv);
  const [seen, setSeen] = useState<Seen>(() => ({
    selectedId: null,
    revealSeq,
    selectedQpv: null,
  }));
  const [opening, setOpening] = useState<Opening | null>(null);
  if (
    seen.selectedId !== selectedId ||
    seen.revealSeq !== revealSeq ||
    seen.selectedQpv !== selectedQpv
  ) {
    // Derived during render (React's pattern for state that follows props), not in an effect.
    const now = { selectedId, revealSeq, selectedQpv };
    setSeen(now);
    setOpening(next(opening, seen, now));
  }
  return opening;
}
