// Merges correction rows (one-row CSV files from the app's correction form, or any file in the
// ptce.csv format) into public/data/ptce.csv by id, with the loader's own rules.
// Usage: npm run data:apply -- corrections/*.csv   (--dry-run: print the diff, write nothing)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const target = args.find((a) => a.startsWith('--target='))?.slice('--target='.length);
const paths = args.filter((a) => !a.startsWith('--'));
const root = resolve(import.meta.dirname, '..');
const ptcePath = target ? resolve(target) : resolve(root, 'public/data/ptce.csv');
const secteursPath = resolve(root, 'public/data/secteurs.csv');
const appelsPath = resolve(root, 'public/data/appels.csv');

if (paths.length === 0) {
  console.error('Usage : npm run data:apply -- corrections/*.csv [--dry-run] [--target=ptce.csv]');
  process.exit(2);
}

const missing = paths.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`Fichier(s) introuvable(s) : ${missing.join(', ')} (rien n’est modifié).`);
  process.exit(2);
}

// The merge logic is TypeScript in src/data (tested with Vitest); Vite runs it here as is.
const load = (file) =>
  runnerImport(resolve(root, file), { configFile: false, logLevel: 'error', root }).then(
    (r) => r.module,
  );
const [{ mergeCorrections }, { knownKeysOf }] = await Promise.all([
  load('src/data/merge-corrections.ts'),
  load('src/data/known-keys.ts'),
]);

// The sectors of secteurs.csv and the waves of appels.csv: a row naming another is refused.
const known = knownKeysOf(readFileSync(secteursPath, 'utf8'), readFileSync(appelsPath, 'utf8'));
const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
const result = mergeCorrections(readFileSync(ptcePath, 'utf8'), files, known);

if (!result.ok) {
  console.error(`Refusé : ${result.refusals.length} problème(s), ${ptcePath} n'est pas modifié.`);
  for (const r of result.refusals) {
    console.error(`  ${r.file}, ligne ${r.line}, champ ${r.field} : ${r.message}`);
  }
  process.exit(1);
}

const shorten = (v) => (v.length > 90 ? `${v.slice(0, 87)}…` : v || '(vide)');
for (const change of result.changes) {
  const what = { new: 'nouveau pôle', changed: 'corrigé', unchanged: 'inchangé' }[change.kind];
  console.log(`${change.id} (${change.file}) : ${what}`);
  for (const c of change.changes) {
    if (change.kind === 'new') console.log(`  + ${c.field} : ${shorten(c.after)}`);
    else console.log(`  ~ ${c.field} : ${shorten(c.before)}  →  ${shorten(c.after)}`);
  }
}
if (dryRun) {
  console.log('--dry-run : rien n’est écrit.');
} else {
  writeFileSync(ptcePath, result.text);
  console.log(`${ptcePath} écrit (${result.changes.length} ligne(s) appliquée(s)).`);
}
