import { useMemo } from 'react';
import { useAppStore } from '../state/store';

/** The département's name from the basemap (IGN Admin Express), once it is loaded. */
export function useDepartementName(code: string): string | null {
  const basemap = useAppStore((s) => s.basemap);
  return useMemo(() => {
    if (!code || basemap.state !== 'ready') return null;
    return basemap.value.departementNames[code] ?? null;
  }, [basemap, code]);
}
