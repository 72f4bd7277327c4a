// Runs every end-to-end test file with Node's test runner, one file at a time (each starts its
// own server and browser; two cores do not gain from running them side by side).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `tests/e2e/${f}`);
const args = [
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  ...process.argv.slice(2),
  ...files,
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
