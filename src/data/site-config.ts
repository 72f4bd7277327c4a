import { fetchDataText } from './fetch-data';

/** Settings a site's maintainer edits in public/config.json, without rebuilding the app. */
export interface SiteConfig {
  /** Where the correction form's e-mail goes; '' hides the e-mail option. */
  correctionsEmail: string;
}

const EMAIL = /^[^\s@,;?&<>"]+@[^\s@,;?&<>"]+\.[^\s@,;?&<>"]+$/;

/** Reads config.json; anything missing or malformed falls back to "no e-mail". */
export function parseSiteConfig(text: string): SiteConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { correctionsEmail: '' };
  }
  const email =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>).correctionsEmail
      : undefined;
  return {
    correctionsEmail: typeof email === 'string' && EMAIL.test(email.trim()) ? email.trim() : '',
  };
}

export async function loadSiteConfig(): Promise<SiteConfig> {
  try {
    const url = new URL('config.json', document.baseURI).href;
    return parseSiteConfig(await fetchDataText('config.json', undefined, url));
  } catch {
    return { correctionsEmail: '' };
  }
}
