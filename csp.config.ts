import type { Plugin } from 'vite';
import { TILE_ORIGINS } from './src/map/online-tiles.ts';

/**
 * The Content-Security-Policy of the production build. Scripts and connections stay on the
 * app's origin; images may also come from the two opt-in tile hosts. Leaflet and React set
 * styles through the CSSOM, which style-src does not govern, so no 'unsafe-inline' is needed.
 * frame-ancestors cannot be set from a <meta> element (browsers ignore it there): embedding in
 * partners' sites stays possible unless the host sends it as an HTTP header.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:', ...TILE_ORIGINS],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The Web Workers and the service worker (sw.js); the web app manifest.
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export function cspContent(directives: Record<string, string[]> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Directives that only work when sent as an HTTP header. Partners embed the map (`?embed=1`) in
 * their own sites, so any https page may frame it; a host that wants fewer lists them here.
 */
export const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = {
  'frame-ancestors': ["'self'", 'https:'],
};

/** The policy as a real header (deploy/nginx.conf, scripts/serve-dist.mjs): the same, plus frame-ancestors. */
export function cspHeaderValue(): string {
  return cspContent({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
}

/** Injects the policy into index.html at build time only: the dev server needs inline scripts. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'ptce-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset: a policy set by <meta> only governs what comes after it.
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${cspContent()}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}
