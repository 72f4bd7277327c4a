import { safeHttpUrl } from '../data/safe-url';

export type WebsiteResult =
  | { status: 'empty' }
  | { status: 'ok'; url: string }
  /** "www.exemple.fr" → "https://www.exemple.fr/": people rarely type the scheme. */
  | { status: 'fixed'; url: string }
  /** Anything else (javascript:, mailto:, "voir Facebook") is not turned into a link. */
  | { status: 'dropped' };

const BARE_DOMAIN = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** Only http(s) addresses ever become links (safeHttpUrl from src/data is the single gate). */
export function normalizeWebsite(raw: string): WebsiteResult {
  const value = raw.trim();
  if (value === '') return { status: 'empty' };
  const direct = safeHttpUrl(value);
  if (direct) return { status: 'ok', url: direct };
  if (BARE_DOMAIN.test(value)) {
    const fixed = safeHttpUrl(`https://${value}`);
    if (fixed) return { status: 'fixed', url: fixed };
  }
  return { status: 'dropped' };
}
