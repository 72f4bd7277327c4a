// Runs every end-to-end test file with Node's test runner, one file at a time (each starts its
// own server and browser; two cores do not gain from running them side by side). A failing file
// is not run again: a test that passes only on a second try hides a race to fix. The last line
// sums up all files.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `tests/e2e/${f}`)
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

function runFile(file) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--test', '--test-concurrency=1', '--test-reporter=spec', file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
      resolve({ code, pass: count('pass'), fail: count('fail') });
    });
  });
}

let passed = 0;
let failed = 0;
const failedFiles = [];
for (const file of files) {
  const result = await runFile(file);
  passed += result.pass;
  if (result.code !== 0) {
    failed += Math.max(result.fail, 1);
    failedFiles.push(file);
  }
}
if (failedFiles.length > 0) console.log(`\nfiles with a failure: ${failedFiles.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
