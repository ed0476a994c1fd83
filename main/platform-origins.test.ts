import { describe, expect, it } from 'vitest';
import {
  decideOutgoingRequest,
  MAX_PLATFORM_ORIGINS,
  platformOriginOf,
  PlatformOrigins,
} from './platform-origins';

describe('the platforms this desktop may reach', () => {
  it('takes https anywhere, plain http only on this machine, never credentials', () => {
    expect(platformOriginOf('https://platform.example.com/v1/me')).toBe(
      'https://platform.example.com',
    );
    expect(platformOriginOf('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787');
    expect(platformOriginOf('http://localhost:9000')).toBe('http://localhost:9000');
    expect(platformOriginOf('http://evil.example.com')).toBeNull();
    expect(platformOriginOf('https://user:pw@platform.example.com')).toBeNull();
    expect(platformOriginOf('file:///etc/passwd')).toBeNull();
    expect(platformOriginOf('not a url')).toBeNull();
  });

  it('lets requests through only to platforms signed in to, websockets included', () => {
    const platforms = new PlatformOrigins(['https://platform.example.com']);
    expect(decideOutgoingRequest('https://platform.example.com/v1/vendors/x/pull', platforms)).toBe(
      'allow',
    );
    expect(decideOutgoingRequest('wss://platform.example.com/socket', platforms)).toBe('allow');
    // An injected script posting the shop's data anywhere else is stopped.
    expect(decideOutgoingRequest('https://collector.example.net/steal', platforms)).toBe('block');
    expect(decideOutgoingRequest('https://platform.example.com.evil.net/', platforms)).toBe(
      'block',
    );
    expect(decideOutgoingRequest('http://127.0.0.1:8787/health', platforms)).toBe('block');
    expect(platforms.allow('http://127.0.0.1:8787/')).toBe(true);
    expect(decideOutgoingRequest('http://127.0.0.1:8787/health', platforms)).toBe('allow');
    expect(decideOutgoingRequest('http://127.0.0.1:8788/health', platforms)).toBe('block');
  });

  it('passes the app’s own files and the dev server', () => {
    const platforms = new PlatformOrigins();
    expect(decideOutgoingRequest('app://console/index.html', platforms)).toBe('allow');
    expect(
      decideOutgoingRequest(
        'http://localhost:5173/src/main.tsx',
        platforms,
        'http://localhost:5173',
      ),
    ).toBe('allow');
    expect(decideOutgoingRequest('ws://localhost:5173/', platforms, 'http://localhost:5173')).toBe(
      'allow',
    );
  });

  it('refuses an address that is no platform and keeps the list bounded', () => {
    const platforms = new PlatformOrigins();
    expect(platforms.allow('http://192.168.1.20:8787')).toBe(false);
    for (let index = 0; index <= MAX_PLATFORM_ORIGINS; index += 1) {
      platforms.allow(`https://p${index}.example.com`);
    }
    expect(platforms.list()).toHaveLength(MAX_PLATFORM_ORIGINS);
    expect(platforms.allows('https://p0.example.com/')).toBe(false);
    expect(platforms.allows(`https://p${MAX_PLATFORM_ORIGINS}.example.com/`)).toBe(true);
  });
});
