// The expectations come from the shipped file itself, read independently of the app's parser.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export function referencePoles() {
  const text = readFileSync('public/data/ptce.csv', 'utf8');
  return Papa.parse(text, { header: true, skipEmptyLines: true }).data;
}

export function locatedPoles() {
  return referencePoles().filter((p) => p.latitude !== '' && p.longitude !== '');
}

/**
 * The waves of appels.csv in date order, each with the French name the app gives it: its label,
 * with its year when the label does not say it.
 */
export function referenceWaves() {
  const text = readFileSync('public/data/appels.csv', 'utf8');
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  return rows
    .map((w, i) => ({ ...w, i }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i)
    .map((w) => {
      const year = w.date.slice(0, 4);
      const name = w.libelle_fr.includes(year) ? w.libelle_fr : `${w.libelle_fr}, ${year}`;
      return { ...w, name };
    });
}
