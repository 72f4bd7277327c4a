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
