// Runs every end-to-end test file with Node's test runner, one file at a time (each starts its
// own server and browser; two cores do not gain from running them side by side). A file that
// fails is run once more and reported as such: a real defect fails twice, while a test that lost
// a race with a loaded machine does not block the whole suite. The last line sums up all files.
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
const retried = [];
for (const file of files) {
  let result = await runFile(file);
  if (result.code !== 0) {
    console.log(`\n${file} failed (${result.fail} failing); running it once more\n`);
    retried.push(file);
    result = await runFile(file);
  }
  passed += result.pass;
  failed += result.code !== 0 ? Math.max(result.fail, 1) : 0;
}
if (retried.length > 0) console.log(`\nfiles run twice after a failure: ${retried.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
