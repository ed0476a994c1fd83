/**
 * The platforms this desktop may talk to: the origins the console has signed in to, learned
 * through the platform:allow bridge verb and kept in userData. The document's CSP can only name
 * schemes (a loaded page cannot take a new origin without a reload, which would lose what the
 * shop typed on the sign-in form), so main checks every http(s) and ws(s) request against this
 * list instead (security.ts): a script injected into the console cannot send data elsewhere.
 */
import { z } from 'zod';
import { readJsonFileOr, writeJsonFileAtomic } from './json-file';

/** More than a shop or a provider signs in to; a runaway caller cannot grow the list forever. */
export const MAX_PLATFORM_ORIGINS = 32;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin a platform address names, or null when it may not be a platform: https on any
 * host, plain http only on this machine (a platform run for development or embedded by npm
 * start), never credentials in the URL.
 */
export function platformOriginOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol === 'https:' && parsed.hostname) return parsed.origin;
  if (parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname)) return parsed.origin;
  return null;
}

export const platformOriginsFileSchema = z.object({
  origins: z.array(z.string().max(2048)).max(MAX_PLATFORM_ORIGINS),
});

export class PlatformOrigins {
  private readonly origins: string[];

  constructor(initial: readonly string[] = []) {
    this.origins = [...new Set(initial.flatMap((url) => platformOriginOf(url) ?? []))].slice(
      -MAX_PLATFORM_ORIGINS,
    );
  }

  /** Adds a platform's origin (the oldest falls off past the limit); false when not a platform. */
  allow(url: string): boolean {
    const origin = platformOriginOf(url);
    if (!origin) return false;
    const known = this.origins.indexOf(origin);
    if (known >= 0) this.origins.splice(known, 1);
    this.origins.push(origin);
    if (this.origins.length > MAX_PLATFORM_ORIGINS) this.origins.shift();
    return true;
  }

  list(): readonly string[] {
    return [...this.origins];
  }

  /** Whether a request to `url` (http, https, ws, wss) goes to a platform on the list. */
  allows(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    return this.allowsParsed(parsed);
  }

  allowsParsed(parsed: URL): boolean {
    const scheme = { 'ws:': 'http:', 'wss:': 'https:' }[parsed.protocol] ?? parsed.protocol;
    return this.origins.includes(`${scheme}//${parsed.host}`);
  }
}

export type RequestDecision = 'allow' | 'block';

/**
 * Main's verdict on a request leaving the console: the app's own files and the dev server pass;
 * the network only to a platform on the list.
 */
export function decideOutgoingRequest(
  url: string,
  platforms: PlatformOrigins,
  devServerOrigin?: string,
): RequestDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'block';
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return 'allow';
  // The dev server's address is http://host:port; its socket shares the host and port.
  if (devServerOrigin && parsed.host === devServerOrigin.replace(/^https?:\/\//, ''))
    return 'allow';
  return platforms.allowsParsed(parsed) ? 'allow' : 'block';
}

/** The list as saved under userData; a missing or damaged file is an empty list. */
export async function loadPlatformOrigins(file: string): Promise<PlatformOrigins> {
  const saved = await readJsonFileOr(file, platformOriginsFileSchema, { origins: [] });
  return new PlatformOrigins(saved.origins);
}

export function savePlatformOrigins(file: string, platforms: PlatformOrigins): Promise<void> {
  return writeJsonFileAtomic(file, { origins: platforms.list() });
}
