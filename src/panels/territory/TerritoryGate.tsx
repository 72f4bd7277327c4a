import { useCallback } from 'react';
import type { PolesData } from '../../data/load-reference';
import { isMessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { lazyModule, useLazyModule } from '../../ui/lazy-module';

// The profile and its logic load when a territory is first chosen, not at start.
export const territoryPanelCode = lazyModule(() => import('./TerritoryPanel'));

/** The open territory's profile, fetched at first use. */
export function TerritoryGate({ data }: { data: PolesData }) {
  const t = useT();
  const open = useAppStore((s) => s.territory !== null);
  const code = useLazyModule(territoryPanelCode, open);
  // The wave's label from the messages when there is one, else its code (the wave data
  // replaces this at merge).
  const waveLabel = useCallback(
    (wave: string) => {
      const key = `call_${wave.replace(/-/g, '_')}`;
      return isMessageKey(key) ? t(key) : wave;
    },
    [t],
  );
  return open && code ? <code.TerritoryPanel data={data} waveLabel={waveLabel} /> : null;
}
