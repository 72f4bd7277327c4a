import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('gives the standard digest of a UTF-8 text', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // Accented letters are hashed as UTF-8, as the build hashes the file (build/ptce-qpv.ts).
    expect(await sha256Hex('Grésilles')).toBe(
      '1a3209cf8f4fe05988a23a807ddc39bdf175c619c4514935ac03714c5d763e9d',
    );
  });
});
