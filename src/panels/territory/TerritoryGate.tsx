import type { PolesData } from '../../data/load-reference';
import { useAppStore } from '../../state/store';
import { lazyModule, useLazyModule } from '../../ui/lazy-module';

// The profile and its logic load when a territory is first chosen, not at start.
export const territoryPanelCode = lazyModule(() => import('./TerritoryPanel'));

/** The open territory's profile, fetched at first use; `printing`: laid out as its sheet. */
export function TerritoryGate({ data, printing }: { data: PolesData; printing: boolean }) {
  const open = useAppStore((s) => s.territory !== null);
  const code = useLazyModule(territoryPanelCode, open);
  return open && code ? <code.TerritoryPanel data={data} printing={printing} /> : null;
}
