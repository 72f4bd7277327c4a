/**
 * Copies text with the Clipboard API; resolves false when the browser refuses (no permission,
 * insecure context, an embedding frame without clipboard-write), so the caller can offer the
 * text to copy by hand.
 */
export async function copyText(text: string, clipboard: Clipboard | undefined): Promise<boolean> {
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
