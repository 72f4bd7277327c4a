/** The import client and its worker are loaded on first use, never with the page. */
type Client = typeof import('./layer-client');

let loading: Promise<Client> | null = null;

export function loadLayerClient(): Promise<Client> {
  loading ??= import('./layer-client').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
