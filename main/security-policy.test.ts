import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  decideNavigation,
  isPermissionGranted,
  isSafeExternalUrl,
} from './security-policy';

function directive(csp: string, name: string): string[] {
  const found = csp.split('; ').find((part) => part.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

describe('buildCsp', () => {
  it('allows only the app own scripts in a built app', () => {
    const csp = buildCsp();
    expect(directive(csp, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(csp).not.toContain("'unsafe-eval'");
  });
  it('compiles WebAssembly (the desk QR decoder) but evaluates no JavaScript, in every build', () => {
    for (const csp of [
      buildCsp(),
      buildCsp({ devServerOrigin: 'http://localhost:5173' }),
      buildCsp({ platformOrigins: ['https://platform.example.com'] }),
    ]) {
      expect(directive(csp, 'script-src')).toContain("'wasm-unsafe-eval'");
      expect(csp.match(/unsafe-eval/g)).toEqual(['unsafe-eval']);
      expect(csp.split('; ').filter((part) => part.includes('wasm-unsafe-eval'))).toHaveLength(1);
    }
  });
  it('lets the dev server run its inline refresh preamble and HMR socket', () => {
    const csp = buildCsp({ devServerOrigin: 'http://localhost:5173' });
    expect(directive(csp, 'script-src')).toContain("'unsafe-inline'");
    expect(directive(csp, 'script-src')).toContain('http://localhost:5173');
    expect(directive(csp, 'connect-src')).toContain('ws://localhost:5173');
  });
  it('lets the browser build reach only the platform it is built for', () => {
    const csp = buildCsp({ platformOrigins: ['https://platform.example.com'] });
    expect(directive(csp, 'connect-src')).toEqual([
      "'self'",
      'https://platform.example.com',
      'wss://platform.example.com',
    ]);
    expect(directive(csp, 'img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://platform.example.com',
    ]);
    expect(csp).not.toMatch(/ https: /);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts https and mailto', () => {
    expect(isSafeExternalUrl('https://open.alipay.com/docs')).toBe(true);
    expect(isSafeExternalUrl('mailto:help@example.com')).toBe(true);
  });
  it('rejects every other scheme and credentials in the URL', () => {
    for (const url of [
      'http://example.com',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'app://console/index.html',
      'https://user:pass@example.com/',
      'mailto:',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('isPermissionGranted', () => {
  const appOnly = ['app://console'];
  it('grants clipboard writing to the app and nothing else', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://console/', appOnly)).toBe(true);
    expect(isPermissionGranted('geolocation', 'app://console/', appOnly)).toBe(false);
    expect(isPermissionGranted('media', 'app://console/', appOnly)).toBe(false);
  });
  it('denies even the granted permissions to other origins', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', appOnly)).toBe(
      false,
    );
  });
});

describe('decideNavigation', () => {
  const appOnly = ['app://console'];
  it('keeps the app in place and sends safe links to the system browser', () => {
    expect(decideNavigation('app://console/index.html#/bookings', true, appOnly)).toBe('allow');
    expect(decideNavigation('https://open.example.com/', true, appOnly)).toBe('open-external');
  });
  it('blocks everything else, and never opens a sub-frame link outside', () => {
    expect(decideNavigation('file:///etc/passwd', true, appOnly)).toBe('block');
    expect(decideNavigation('http://example.com/', true, appOnly)).toBe('block');
    expect(decideNavigation('https://open.example.com/', false, appOnly)).toBe('block');
    expect(decideNavigation('about:srcdoc', false, appOnly)).toBe('allow');
    expect(decideNavigation('about:blank', true, appOnly)).toBe('block');
  });
});
