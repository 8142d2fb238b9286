import { API_BASE } from '../config';

/** Images and videos the server hosts come as root-relative paths; a mini-program needs the full origin. */
export function assetUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return url.startsWith('/') && !url.startsWith('//') ? `${API_BASE}${url}` : url;
}
