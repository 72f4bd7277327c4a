import type { CommuneIndex } from '../../data/communes';
import { fetchDataText } from '../../data/fetch-data';

export const COMMUNES_FILE = 'communes-centres.csv';
const POSTCODES_FILE = 'communes-codes-postaux.csv';

/**
 * A new task, without the 4 ms that nested timers wait: a message to oneself. The answer to a
 * place check, queued meanwhile, goes first.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The offline commune tables, for the place check. Built in slices: the panel loads them when
 * it opens, just as the first answers come in, and a build in one piece held the second answer
 * back by up to 200 ms.
 */
export async function loadCommuneIndex(): Promise<CommuneIndex> {
  const [centres, postcodes, { buildCommuneIndexInSlices }] = await Promise.all([
    fetchDataText(COMMUNES_FILE),
    fetchDataText(POSTCODES_FILE),
    // The index code is only needed with the place check open (a lazy chunk).
    import('../../data/communes'),
  ]);
  return buildCommuneIndexInSlices(centres, postcodes, { pause: nextTask });
}
