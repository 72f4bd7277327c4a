import { DataLoadError } from './fetch-data';

/**
 * Whether a data file failed because the network could not be reached, rather than because the
 * file is broken: fetch() itself failed (a TypeError, the `network` kind), which is what the
 * service worker answers for a file it has never stored while the device is offline. The
 * browser's `navigator.onLine` is not required to agree: in a dead zone a phone often still
 * says it is online.
 */
export function isUnreachable(error: unknown): boolean {
  return error instanceof DataLoadError && error.failure.kind === 'network';
}
