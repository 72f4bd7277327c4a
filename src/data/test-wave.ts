import type { Wave } from './types';

// Test helper only (imported by *.test.ts): a valid wave, with the fields a test cares about.
export function testWave(code: string, year: number, over: Partial<Wave> = {}): Wave {
  return {
    code,
    labelFr: `Vague ${code}`,
    labelEn: `Wave ${code}`,
    date: { year, month: null, day: null },
    laureates: 10,
    support: '',
    funded: true,
    sources: [`https://example.org/${code}`],
    ...over,
  };
}
