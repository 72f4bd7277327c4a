/** Why an image could not be made, in the terms the dialog gives the user. */
export type FailureReason = 'load' | 'canvas' | 'memory' | 'other';

/** Why an export failed, in the terms the dialog gives the user. */
export function failureOf(e: unknown): { reason: FailureReason; detail: string } {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof DOMException && e.name === 'SecurityError') return { reason: 'canvas', detail };
  if (
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      detail,
    )
  )
    return { reason: 'load', detail };
  if (e instanceof RangeError || /memory|allocation|too large|toBlob/i.test(detail))
    return { reason: 'memory', detail };
  return { reason: 'other', detail };
}
