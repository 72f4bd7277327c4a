import { describe, expect, it } from 'vitest';
import { DataFileError, PTCE_COLUMNS, parsePtce } from './parse-ptce';
import { SHIPPED_PTCE, SHIPPED_KEYS, testRow } from './ptce-test-row';

const real = SHIPPED_PTCE;
const sectors = SHIPPED_KEYS;

const header = PTCE_COLUMNS.join(',');
const good: Record<string, string> = testRow({ description: 'Un pôle' });

function csvRow(over: Record<string, string>): string {
  const cells = PTCE_COLUMNS.map((c) => over[c] ?? good[c] ?? '');
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

function one(over: Record<string, string>) {
  return parsePtce(`${header}\n${csvRow(over)}\n`, sectors);
}

describe('parsePtce on the shipped file', () => {
  it('loads all 62 poles with no rejected row', () => {
    const { poles, issues } = parsePtce(real, sectors);
    expect(poles).toHaveLength(62);
    expect(issues.filter((i) => i.severity === 'rejected')).toEqual([]);
    // Ten poles have no point: every one of them is known by its région.
    const unlocated = poles.filter((p) => p.lat === null);
    expect(unlocated).toHaveLength(10);
    expect(unlocated.every((p) => p.precision === 'inconnue' && p.region !== '')).toBe(true);
    expect(unlocated.find((p) => p.id === 'auton-homme')).toMatchObject({
      region: 'Hauts-de-France',
      commune: '',
      departement: '',
    });
    const coursive = poles.find((p) => p.id === 'coursive-boutaric')!;
    expect(coursive).toMatchObject({
      nom: 'La Coursive Boutaric',
      appel: 'AAP1-2014',
      statutConfirme: true,
      precision: 'quartier',
      codeQpv: 'QN02103M',
      secteurs: ['culture'],
      lat: 47.33302,
      lon: 5.06731,
      membreAssociation: true,
      creation: 2010,
    });
    expect(coursive.sources.length).toBeGreaterThan(3);
    expect(poles.filter((p) => p.membreAssociation)).toHaveLength(7);
  });
});

describe('parsePtce validation', () => {
  it('accepts a good row', () => {
    const { poles, issues } = one({});
    expect(issues).toEqual([]);
    expect(poles[0]).toMatchObject({ id: 'pole-test', secteurs: ['culture', 'numerique'] });
  });

  it.each([
    [{ id: 'Bad Id!' }, 'id'],
    [{ nom: '' }, 'nom'],
    [{ appel: 'AAP3-2020' }, 'appel'],
    [{ appel: '' }, 'appel'],
    [{ statut_laureat: 'peut-être' }, 'statut_laureat'],
    [{ precision: 'rue' }, 'precision'],
    [{ latitude: 'abc' }, 'latitude'],
    [{ latitude: '95' }, 'latitude'],
    [{ longitude: '' }, 'longitude'],
    [{ latitude: '', longitude: '' }, 'precision'],
    [{ precision: 'inconnue' }, 'precision'],
    [{ sources: '' }, 'sources'],
    [{ sources: 'javascript:alert(1)' }, 'sources'],
  ])('rejects %o in field %s and reports the line', (over, field) => {
    const { poles, issues } = one(over);
    expect(poles).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, field, severity: 'rejected' });
    expect(issues[0]!.message.length).toBeGreaterThan(3);
  });

  it.each([
    [{ secteurs: 'culture|inexistant' }, 'secteurs', { secteurs: ['culture'] }],
    [{ creation: 'vers 2010' }, 'creation', { creation: null }],
    [{ site_web: 'javascript:alert(1)' }, 'site_web', { siteWeb: '' }],
    [{ fiabilite: 'excellente' }, 'fiabilite', { fiabilite: 'basse' }],
    [
      { sources: 'https://a.example|ftp://b.example' },
      'sources',
      { sources: ['https://a.example/'] },
    ],
  ])('corrects %o (%s) and keeps the pole', (over, field, expected) => {
    const { poles, issues } = one(over);
    expect(poles[0]).toMatchObject(expected);
    expect(issues).toEqual([expect.objectContaining({ row: 2, field, severity: 'corrected' })]);
  });

  it('rejects duplicate ids and wrong field counts, keeping the other rows', () => {
    const text = [
      header,
      csvRow({}),
      csvRow({ description: 'ligne\nsur deux lignes' }),
      '',
      'trop,court',
      csvRow({ id: 'autre' }),
    ].join('\n');
    const { poles, issues } = parsePtce(text, sectors);
    expect(poles.map((p) => p.id)).toEqual(['pole-test', 'autre']);
    expect(issues).toEqual([
      expect.objectContaining({ row: 3, field: 'id', severity: 'rejected' }),
      expect.objectContaining({ row: 6, field: '*', severity: 'rejected' }),
    ]);
  });

  it('takes any wave that appels.csv lists, with no code change', () => {
    const known = { ...sectors, waves: new Set([...sectors.waves!, 'AMI-2027']) };
    const text = `${header}\n${csvRow({ appel: 'AMI-2027' })}\n`;
    expect(parsePtce(text, known).poles.map((p) => p.appel)).toEqual(['AMI-2027']);
    expect(parsePtce(text, sectors).issues[0]).toMatchObject({ field: 'appel' });
    expect(parsePtce(text, sectors).issues[0]!.message).toMatch(/absent de appels.csv/);
  });

  it('checks only the form of a wave code when appels.csv could not be read', () => {
    const known = { ...sectors, waves: null };
    expect(one({ appel: 'AMI-2027' }).poles).toEqual([]);
    const text = `${header}\n${csvRow({ appel: 'AMI-2027' })}\n${csvRow({ id: 'b', appel: 'x y' })}\n`;
    const { poles, issues } = parsePtce(text, known);
    expect(poles.map((p) => p.id)).toEqual(['pole-test']);
    expect(issues).toEqual([expect.objectContaining({ row: 3, field: 'appel' })]);
  });

  it('throws a DataFileError when columns are missing', () => {
    expect(() => parsePtce('id,nom\na,b\n', sectors)).toThrow(DataFileError);
    expect(() => parsePtce('<!doctype html><html></html>', sectors)).toThrow(/colonnes manquantes/);
  });
});
