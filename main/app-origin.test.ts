import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isTrustedSender, originOf, rendererOrigins } from './app-origin';

const appOnly = ['app://console'];

describe('originOf', () => {
  it('gives scheme and host for the custom app scheme, where URL.origin is "null"', () => {
    expect(originOf('app://console/index.html#/bookings')).toBe('app://console');
  });
  it('keeps the port of a dev server', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });
  it('answers null for URLs without a host or that do not parse', () => {
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('rendererOrigins', () => {
  it('trusts the dev server only when unpackaged', () => {
    expect(rendererOrigins('http://localhost:5173/', false)).toEqual([
      'app://console',
      'http://localhost:5173',
    ]);
    expect(rendererOrigins('http://localhost:5173/', true)).toEqual(['app://console']);
    expect(rendererOrigins(undefined, false)).toEqual(['app://console']);
  });
});

describe('isTrustedSender', () => {
  it('accepts the top frame of the app', () => {
    expect(isTrustedSender({ url: 'app://console/index.html', isTopFrame: true }, appOnly)).toBe(
      true,
    );
  });
  it('rejects a sub-frame even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://console/index.html', isTopFrame: false }, appOnly)).toBe(
      false,
    );
  });
  it('rejects a missing frame, other hosts and look-alike hosts', () => {
    expect(isTrustedSender(null, appOnly)).toBe(false);
    for (const url of [
      'https://console/',
      'app://console.evil.example/',
      'app://evil/console',
      'app://console@evil/',
      'about:blank',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedSender({ url, isTopFrame: true }, appOnly), url).toBe(false);
    }
  });
  it('accepts the dev server when it is in the allowed list', () => {
    const dev = rendererOrigins('http://localhost:5173', false);
    expect(isAllowedOrigin('http://localhost:5173/#/menu', dev)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5174/', dev)).toBe(false);
  });
});
