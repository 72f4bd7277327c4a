import { communeFile, parseCommuneSet, type CommuneSet } from './commune-set';
import { dataUrl, fetchDataJson } from './fetch-data';

/** Fetches and reads one département's communes (in the communes worker, or on the page). */
export async function fetchCommuneSet(
  dep: string,
  base?: string,
  signal?: AbortSignal,
): Promise<CommuneSet> {
  const file = communeFile(dep);
  const url = base ? dataUrl(file, base) : undefined;
  return parseCommuneSet(file, dep, await fetchDataJson(file, signal, url));
}
