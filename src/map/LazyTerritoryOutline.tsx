import { useAppStore } from '../state/store';
import { lazyModule, useLazyModule } from '../ui/lazy-module';

const outlineCode = lazyModule(() => import('./TerritoryOutline'));

/** The open territory's outline, its code fetched when a territory is first chosen. */
export function LazyTerritoryOutline() {
  const open = useAppStore((s) => s.territory !== null);
  const code = useLazyModule(outlineCode, open);
  return open && code ? <code.TerritoryOutline /> : null;
}
