// `npm audit --omit=dev`, failing on a high or critical advisory in what ships to users. When
// the registry's advisory endpoint cannot be reached (some mirrors and proxies refuse its POST)
// it says so and exits 0: an unreachable endpoint is not a vulnerability, but it is not a pass
// either, and the message makes that visible.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report:\n${run.stderr}`);
  process.exit(1);
}
if (report.statusCode || (report.error && !report.metadata)) {
  console.warn(
    `npm audit could not reach the advisory endpoint (${report.statusCode ?? ''} ${report.message ?? ''}): production dependencies NOT audited.`,
  );
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${Object.entries(counts)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ')}`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.error(`${v.severity}: ${name}`);
  }
  process.exit(1);
}
