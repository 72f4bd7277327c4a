// Importing a generated 100,000-row CSV: total time, and the longest main-thread task during
// it (the import is meant to run in a worker, so the page must stay responsive).
import { longestTask, recordLongTasks } from './page-timing.mjs';
import { importAbsence, importSites } from './imported-sites.mjs';

const ROWS = 100000;

export default {
  id: 'import-large',
  title: 'Import of 100,000 rows',
  metrics: [
    { id: 'import100kMs', label: 'Import 100,000-row CSV', unit: 'ms' },
    {
      id: 'importLongestTaskMs',
      label: 'Longest main-thread task during import',
      unit: 'ms',
      note: '0 = no task over 50 ms',
    },
  ],
  available: async (ctx) => (await ctx.withPage((page) => importAbsence(page))) ?? true,
  measure: (ctx) =>
    ctx.withPage(async (page) => {
      await recordLongTasks(page);
      const { start, end } = await importSites(page, ROWS);
      const longest = await longestTask(page, start, end);
      return { import100kMs: end - start, importLongestTaskMs: longest };
    }),
};
