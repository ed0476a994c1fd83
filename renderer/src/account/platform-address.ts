/**
 * Where the platform is by default: the one `npm start` embeds on this machine, unless the build
 * names another (VITE_PLATFORM_URL). The shop can type any address on the sign-in form.
 */
export const DEFAULT_PLATFORM_URL: string =
  (import.meta.env.VITE_PLATFORM_URL as string | undefined) ?? 'http://127.0.0.1:8787';

/** The demo shop the platform seeds (platform/seed-demo.ts), so a newcomer can see sync at once. */
export const DEMO_SHOP = { login: 'demo@vendor.test', password: 'demo1234' } as const;

/** A platform address the console may talk to: http(s) with a host, no credentials or query. */
export function normalisePlatformUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || !url.hostname) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.toString().replace(/\/+$/, '');
}
