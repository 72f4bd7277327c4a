import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspContent, CSP_DIRECTIVES } from '../csp.config';
import { cacheControlFor, nginxConfig, responseHeaders } from './serving';

describe('how dist/ is served', () => {
  it('caches hashed assets for a year, data briefly and the page not at all', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toContain('immutable');
    expect(cacheControlFor('/data/ptce.csv')).toBe('public, max-age=300, must-revalidate');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
  });

  it('never lets a cache keep an old service worker or manifest', () => {
    expect(cacheControlFor('/sw.js')).toBe('no-cache, max-age=0');
    expect(cacheControlFor('/manifest.webmanifest')).toBe('no-cache, max-age=0');
    expect(cacheControlFor('/assets/sw.js')).toContain('immutable');
    expect(responseHeaders('/manifest.webmanifest')['Content-Type']).toMatch(
      /^application\/manifest\+json/,
    );
    const csp = responseHeaders('/sw.js')['Content-Security-Policy']!;
    expect(csp).toMatch(/(^|; )worker-src 'self' blob:(;|$)/);
    expect(csp).toMatch(/(^|; )manifest-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('sends the meta policy as a header, plus frame-ancestors', () => {
    const csp = responseHeaders('/index.html')['Content-Security-Policy']!;
    expect(csp.startsWith(cspContent(CSP_DIRECTIVES))).toBe(true);
    expect(csp).toMatch(/; frame-ancestors 'self' https:$/);
    expect(responseHeaders('/data/regions.geojson')['Content-Type']).toMatch(
      /^application\/geo\+json/,
    );
  });

  it('deploy/nginx.conf is what `npm run deploy:config` writes from this description', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig());
  });
});
