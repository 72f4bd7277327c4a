/**
 * True when `text` stops before the end of a JSON value: an open string, or an object or array
 * that is never closed. A truncated download fails JSON.parse with an engine-specific message;
 * this tells it apart from a file that is complete but malformed, whatever the engine.
 */
export function isCutShortJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let sawValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      sawValue = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      sawValue = true;
    } else if (c === 0x7d || c === 0x5d) {
      // More closings than openings: malformed, not cut short.
      if (--depth < 0) return false;
    } else if (c > 0x20) sawValue = true;
  }
  return !sawValue || inString || depth > 0;
}
