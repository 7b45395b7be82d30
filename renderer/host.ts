/** The host API as preload exposes it; the UI talks to the host through this only. */
import { HOST_GLOBAL, type HostApi } from '../shared/host';

declare global {
  interface Window {
    [HOST_GLOBAL]?: HostApi;
  }
}

export function host(): HostApi {
  const api = window[HOST_GLOBAL];
  if (!api) throw new Error('Clausemark host API is missing: the page was not loaded by the app.');
  return api;
}
