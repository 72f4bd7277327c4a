import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStaticSymbol } from '../src/map/static-poles';
import { escapeHtml, staticFirstPaintHtml } from './static-first-paint';

const secteurs = readFileSync('public/data/secteurs.csv', 'utf8');
const appels = readFileSync('public/data/appels.csv', 'utf8');
const header = readFileSync('public/data/ptce.csv', 'utf8').split('\n')[0]!;

describe('static first paint', () => {
  it('gives each located pole the symbol the early map draws, read back as written', () => {
    const html = staticFirstPaintHtml(
      readFileSync('public/data/ptce.csv', 'utf8'),
      secteurs,
      appels,
    );
    const symbols = [
      ...html.matchAll(/<li data-symbol="([^"]*)"><span class="pole-list__name">([^<]*)</g),
    ];
    expect(symbols).toHaveLength(52);
    const unescape = (t: string) =>
      t
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const coursive = symbols
      .map((m) => parseStaticSymbol(unescape(m[1]!), unescape(m[2]!)))
      .find((s) => s?.nom === 'La Coursive Boutaric');
    expect(coursive).toMatchObject({
      id: 'coursive-boutaric',
      sector: 'culture',
      precision: 'quartier',
    });
    expect(coursive!.lat).toBeCloseTo(47.3, 0);
    expect(coursive!.accompanied).toBe(false);
    // A pole of a wave without funding (AMI-2021-P1 in appels.csv) is drawn hollow from the start.
    const accompanied = symbols.filter((m) => m[1]!.includes('accompanied'));
    expect(accompanied.length).toBeGreaterThan(0);
    const ptce = readFileSync('public/data/ptce.csv', 'utf8');
    for (const m of accompanied) {
      const id = parseStaticSymbol(unescape(m[1]!), unescape(m[2]!))!.id;
      expect(ptce).toMatch(new RegExp(`^${id},[^\\n]*,AMI-2021-P1,`, 'm'));
    }
    expect(html).toContain('class="map static-map" data-label="Carte des pôles"');
  });

  it('lists every pole of ptce.csv with its commune and its sources as links', () => {
    const html = staticFirstPaintHtml(
      readFileSync('public/data/ptce.csv', 'utf8'),
      secteurs,
      appels,
    );
    expect(html).toContain('<h1>Carte des PTCE</h1>');
    expect(html).toContain('62 pôle(s) sur 62');
    expect(html.match(/<span class="pole-list__name">/g)).toHaveLength(62);
    expect(html).toContain(
      '<span class="pole-list__name">La Coursive Boutaric</span> <span class="pole-list__place">Dijon</span>',
    );
    expect(html).toContain('<a href="https://www.la-coursive.fr/le-lieu"');
  });

  it('escapes text from the data and links only http(s) sources', () => {
    const row = header
      .split(',')
      .map((col) => {
        const values: Record<string, string> = {
          id: 'x',
          nom: '<img src=x onerror=alert(1)>',
          appel: 'AAP1-2014',
          statut_laureat: 'confirmé',
          commune: 'A & B',
          latitude: '45',
          longitude: '5',
          precision: 'commune',
          membre_association: 'non',
          fiabilite: 'haute',
          sources: 'javascript:alert(1)|https://example.org/?a=1&b="2"',
        };
        const v = values[col] ?? '';
        return /[,"|]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
      })
      .join(',');
    const html = staticFirstPaintHtml(`${header}\n${row}\n`, secteurs, appels);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=%222%22"');
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });
});
