/**
 * SHA-256 of a text (UTF-8), hex; null where the browser offers no digest (Web Crypto is only
 * there on https and localhost), in which case callers do without what the hash would check.
 */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
