import { useAppStore } from '../../state/store';
import { CoverageNote } from './CoverageNote';

/** The coverage statement with the sources of the official totals, for "Sources et licences". */
export function SourcesCoverage() {
  const poles = useAppStore((s) => s.poles);
  return poles.state === 'ready' ? <CoverageNote data={poles.value} sources /> : null;
}
