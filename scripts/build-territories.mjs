#!/usr/bin/env node
/**
 * Writes public/data/territoires.json (régions and départements: names, population) and
 * public/data/epci.json (intercommunalities with their own tax status and their communes) from
 * the devDependency @etalab/decoupage-administratif and the shipped commune files. Run by hand
 * when either changes: `node scripts/build-territories.mjs`; the output is committed so that a
 * clone works offline without running it. `--check` only compares and exits 1 on a difference.
 *
 * Populations are summed from the `population` of public/data/communes/communes-DEP.geojson
 * (the same package's `communes.json`), so a département's figure can be checked against its
 * file; an intercommunality's is the sum of its member communes' `population` in the package.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'public/data');
const pkg = require('@etalab/decoupage-administratif/package.json');
const epciSource = require('@etalab/decoupage-administratif/data/epci.json');
const communesSource = require('@etalab/decoupage-administratif/data/communes.json');

const KINDS = new Set(['CC', 'CA', 'CU', 'METRO', 'MET69']);

// 2018 commune code → its département file, and each file's population total.
const depOf2018 = new Map();
const populationOf2018 = new Map();
const departementPopulation = {};
for (const name of readdirSync(join(data, 'communes')).sort()) {
  const dep = /^communes-(.+)\.geojson$/.exec(name)?.[1];
  if (!dep) continue;
  const fc = JSON.parse(readFileSync(join(data, 'communes', name), 'utf8'));
  let total = 0;
  for (const f of fc.features) {
    depOf2018.set(f.properties.code, dep);
    populationOf2018.set(f.properties.code, f.properties.population ?? 0);
    if (typeof f.properties.population === 'number') total += f.properties.population;
  }
  departementPopulation[dep] = total;
}

// Current commune → its population and the codes of the 2018 polygons it covers (a commune
// nouvelle's former communes, `anciensCodes`).
const current = new Map();
for (const c of communesSource) {
  if (c.type !== 'commune-actuelle') continue;
  current.set(c.code, { population: c.population ?? 0, anciens: c.anciensCodes ?? [] });
}

const departements = JSON.parse(readFileSync(join(data, 'departements.geojson'), 'utf8'));
const regions = JSON.parse(readFileSync(join(data, 'regions.geojson'), 'utf8'));

const territoires = {
  source: `@etalab/decoupage-administratif ${pkg.version}; populations summed from communes/communes-DEP.geojson`,
  regions: regions.features
    .map((f) => [f.properties.code, f.properties.nom])
    .sort((a, b) => a[0].localeCompare(b[0])),
  departements: departements.features
    .map((f) => [
      f.properties.code,
      f.properties.nom,
      f.properties.region,
      departementPopulation[f.properties.code] ?? null,
    ])
    .sort((a, b) => a[0].localeCompare(b[0])),
};

let unmatched = 0;
let mismatches = 0;
const epci = epciSource
  .filter((e) => KINDS.has(e.type))
  .map((e) => {
    const codes = new Set();
    const deps = new Set();
    let population = 0;
    let filePopulation = 0;
    for (const m of e.membres) {
      const c = current.get(m.code);
      population += c?.population ?? m.populationMunicipale ?? 0;
      // The current code (pole and QPV codes are current), and the 2018 polygons it covers.
      codes.add(m.code);
      let found = false;
      for (const code of [m.code, ...(c?.anciens ?? [])]) {
        const dep = depOf2018.get(code);
        if (!dep) continue;
        codes.add(code);
        deps.add(dep);
        found = true;
      }
      if (!found) {
        unmatched++;
        console.log(`  ${e.code} ${e.nom}: member ${m.code} ${m.nom} has no 2018 polygon`);
      }
    }
    for (const code of codes) filePopulation += populationOf2018.get(code) ?? 0;
    if (filePopulation !== population) {
      mismatches++;
      console.log(`  ${e.code} ${e.nom}: ${population} (package) vs ${filePopulation} (polygons)`);
    }
    const depList = [...deps].sort();
    // Codes of the first département lose its prefix ("21231" → "231"): 40 KB less with gzip.
    const prefix = depList[0] ?? '';
    const tokens = [...codes]
      .sort()
      .map((c) => (prefix && c.startsWith(prefix) ? c.slice(prefix.length) : c));
    return [e.code, e.nom, e.type, population, depList, tokens.join(' ')];
  })
  .sort((a, b) => a[0].localeCompare(b[0]));

const epciFile = {
  source: `@etalab/decoupage-administratif ${pkg.version} (data/epci.json, data/communes.json)`,
  columns: ['siren', 'nom', 'type', 'population', 'departements', 'communes'],
  // `communes`: current INSEE codes and the COG 2018 codes of the polygons they cover, space
  // separated; a code shorter than 5 characters lacks the prefix of the first département.
  epci,
};

const outputs = [
  ['territoires.json', JSON.stringify(territoires)],
  ['epci.json', JSON.stringify(epciFile)],
];
const check = process.argv.includes('--check');
let differs = false;
for (const [name, text] of outputs) {
  const path = join(data, name);
  if (check) {
    const old = (() => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return '';
      }
    })();
    if (old !== `${text}\n`) {
      differs = true;
      console.error(`${name} differs from what the script writes`);
    }
  } else {
    writeFileSync(path, `${text}\n`);
    console.log(`${name}: ${text.length + 1} bytes`);
  }
}
console.log(
  `${epci.length} EPCI; ${unmatched} member communes without a 2018 polygon; ${mismatches} whose population differs from the sum of their polygons' population`,
);
process.exit(differs ? 1 : 0);
