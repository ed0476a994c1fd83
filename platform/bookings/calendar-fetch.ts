/**
 * Fetching a subscribed calendar without letting a shop point the platform at its own network:
 * https only; the host's addresses are resolved once and refused if any is private, loopback,
 * link-local, shared, multicast or reserved, and the socket connects to exactly the address that
 * was checked (a `lookup` of our own, so a second DNS answer cannot swap it); every redirect is
 * checked the same way; the body is cut off past a size cap and the whole fetch past a time cap.
 * Tests reach a local plain-http server only through `allowOrigins`, which nothing else sets.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export type FetchErrorCode =
  | 'not_https'
  | 'blocked_address'
  | 'too_large'
  | 'timeout'
  | 'http_status'
  | 'too_many_redirects'
  | 'network';

export class CalendarFetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Origins ('http://127.0.0.1:4000') fetched without the https and address checks: tests only. */
  allowOrigins?: readonly string[];
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  maxBytes: 2 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
};

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether an address is one a shop's calendar must not be fetched from. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1, ::127.0.0.1) is judged as IPv4.
  const mapped = /^(?:0*:)*(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const hexMapped = /^(?:0*:)*ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
  if (hexMapped) {
    const high = parseInt(hexMapped[1]!, 16);
    const low = parseInt(hexMapped[2]!, 16);
    return blocked.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  return blocked.check(bare, 'ipv6');
}

export const checkedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (addresses.length === 0 || addresses.some((a) => isBlockedAddress(a.address))) {
      return callback(
        new CalendarFetchError('blocked_address', `${hostname} resolves to a refused address`),
        '',
        0,
      );
    }
    if (options.all) return callback(null, addresses as unknown as string, 0);
    const [first] = addresses;
    callback(null, first!.address, first!.family);
  });
};

function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Refuses a URL before any connection: not https, or a literal address that is refused. */
export function checkUrl(
  url: URL,
  limits: Pick<FetchLimits, 'allowOrigins'>,
): 'allowed' | 'checked' {
  if (limits.allowOrigins?.includes(originOf(url))) return 'allowed';
  if (url.protocol !== 'https:') throw new CalendarFetchError('not_https', 'only https');
  if (url.username || url.password) throw new CalendarFetchError('not_https', 'no credentials');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isBlockedAddress(host)) {
    throw new CalendarFetchError('blocked_address', `${host} is refused`);
  }
  if (host === 'localhost' || host.endsWith('.localhost')) {
    throw new CalendarFetchError('blocked_address', `${host} is refused`);
  }
  return 'checked';
}

/** The body of the calendar at `rawUrl` as text, following checked redirects. */
export async function fetchCalendarText(
  rawUrl: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<string> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new CalendarFetchError('not_https', 'not a URL');
  }
  const deadline = Date.now() + limits.timeoutMs;
  for (let redirects = 0; ; redirects += 1) {
    const result = await fetchOnce(url, limits, deadline);
    if (result.kind === 'body') return result.text;
    if (redirects >= limits.maxRedirects) {
      throw new CalendarFetchError('too_many_redirects', 'too many redirects');
    }
    url = new URL(result.location, url);
  }
}

function fetchOnce(
  url: URL,
  limits: FetchLimits,
  deadline: number,
): Promise<{ kind: 'body'; text: string } | { kind: 'redirect'; location: string }> {
  const how = checkUrl(url, limits);
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'GET',
      headers: {
        accept: 'text/calendar, */*;q=0.1',
        'user-agent': 'VendorConsole-Calendar/1',
        'accept-encoding': 'identity',
      },
      ...(how === 'checked' ? { lookup: checkedLookup } : {}),
    });
    const remaining = Math.max(1, deadline - Date.now());
    const timer = setTimeout(() => {
      request.destroy(new CalendarFetchError('timeout', 'took too long'));
    }, remaining);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(
        error instanceof CalendarFetchError
          ? error
          : new CalendarFetchError('network', String((error as Error)?.message ?? error)),
      );
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        clearTimeout(timer);
        response.resume();
        request.destroy();
        resolve({ kind: 'redirect', location: response.headers.location });
        return;
      }
      if (status !== 200) {
        response.resume();
        request.destroy();
        fail(new CalendarFetchError('http_status', `HTTP ${status}`));
        return;
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > limits.maxBytes) {
        request.destroy();
        fail(new CalendarFetchError('too_large', `${declared} bytes`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          request.destroy(new CalendarFetchError('too_large', `over ${limits.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('end', () => {
        clearTimeout(timer);
        if (size > limits.maxBytes) return;
        resolve({ kind: 'body', text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)) });
      });
    });
    request.end();
  });
}
