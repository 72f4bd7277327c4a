/** A data file whose download has started and not yet settled. */
export interface PendingFile {
  file: string;
  /** `performance.now()` when the request started. */
  since: number;
}

let pending: readonly PendingFile[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly PendingFile[]) {
  pending = next;
  listeners.forEach((l) => l());
}

/**
 * Records `file` as pending until `work` settles, so that the interface can name a file that
 * is slow to arrive without every loader having to report it.
 */
export function trackPending<T>(file: string, work: Promise<T>, now = performance.now()) {
  const entry: PendingFile = { file, since: now };
  publish([...pending, entry]);
  const done = () => publish(pending.filter((p) => p !== entry));
  work.then(done, done);
  return work;
}

/** The pending downloads; a new array after every change (usable with useSyncExternalStore). */
export function pendingFiles(): readonly PendingFile[] {
  return pending;
}

export function subscribePending(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Files pending for at least `thresholdMs` at `now`, each named once, oldest first. */
export function slowFiles(list: readonly PendingFile[], now: number, thresholdMs: number) {
  const names = list.filter((p) => now - p.since >= thresholdMs).map((p) => p.file);
  return [...new Set(names)];
}

/** When the next pending file will cross the threshold, or null if none will. */
export function nextSlowAt(list: readonly PendingFile[], now: number, thresholdMs: number) {
  const upcoming = list.map((p) => p.since + thresholdMs).filter((t) => t > now);
  return upcoming.length > 0 ? Math.min(...upcoming) : null;
}
