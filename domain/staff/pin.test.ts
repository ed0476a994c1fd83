import { describe, expect, it } from 'vitest';
import { afterWrongPin, lockedForMs, noAttempts, PIN_LOCKOUT } from './lockout';
import { hashPin, PIN_ITERATIONS, pinProblem, verifyPin } from './pin';
import { pinHashSchema } from './schema';

describe('PIN hashing', () => {
  it('takes 4 to 6 digits only', () => {
    expect(['1234', '123456'].map(pinProblem)).toEqual([null, null]);
    expect(['123', '1234567', '12a4', '１２３４', ' 1234', ''].map(pinProblem)).toEqual(
      Array(6).fill('format'),
    );
  });

  it('keeps a salted PBKDF2-SHA256 hash that verifies the right PIN only', async () => {
    const stored = await hashPin('2580', { iterations: 100_000 });
    expect(pinHashSchema.parse(stored)).toEqual(stored);
    expect(JSON.stringify(stored)).not.toContain('2580');
    expect(await verifyPin('2580', stored)).toBe(true);
    expect(await verifyPin('2581', stored)).toBe(false);
    expect(await verifyPin('02580', stored)).toBe(false);
  });

  it('salts each member differently, so the same PIN gives different hashes', async () => {
    const [a, b] = await Promise.all([
      hashPin('1111', { iterations: 100_000 }),
      hashPin('1111', { iterations: 100_000 }),
    ]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches a known PBKDF2-SHA256 vector, so desk and platform agree', async () => {
    const salt = new TextEncoder().encode('vendor-console-salt');
    const stored = await hashPin('123456', { iterations: 100_000, salt });
    // Node: crypto.pbkdf2Sync('123456', 'vendor-console-salt', 100000, 32, 'sha256').toString('base64')
    expect(stored.hash).toBe('SdpT49bMvP0DiBej+W59RgcxeeADviv+3nxRl18boyw=');
  });

  it('uses the slow default and says how long one hash takes here', async () => {
    const started = performance.now();
    const stored = await hashPin('9876');
    const took = performance.now() - started;
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    console.info(`PIN hash, ${PIN_ITERATIONS} iterations, Node: ${took.toFixed(0)} ms`);
  });
});

describe('wrong-PIN lock-out', () => {
  const now = 1_764_000_000_000;
  function wrong(times: number, start = noAttempts('m'), at = now) {
    let attempts = start;
    for (let i = 0; i < times; i += 1) attempts = afterWrongPin(attempts, at);
    return attempts;
  }

  it('allows four wrong PINs and locks at the fifth for five minutes', () => {
    expect(lockedForMs(wrong(4), now)).toBe(0);
    const locked = wrong(5);
    expect(lockedForMs(locked, now)).toBe(PIN_LOCKOUT.firstLockMs);
    expect(lockedForMs(locked, now + PIN_LOCKOUT.firstLockMs - 1)).toBe(1);
    expect(lockedForMs(locked, now + PIN_LOCKOUT.firstLockMs)).toBe(0);
  });

  it('doubles each further lock, up to an hour', () => {
    let attempts = wrong(5);
    const lengths: number[] = [];
    let at = now;
    for (let lock = 0; lock < 6; lock += 1) {
      lengths.push(attempts.lockedUntil! - at);
      at = attempts.lockedUntil!;
      attempts = wrong(5, attempts, at);
    }
    expect(lengths.map((ms) => ms / 60_000)).toEqual([5, 10, 20, 40, 60, 60]);
  });

  it('treats a member never tried as not locked', () => {
    expect(lockedForMs(undefined, now)).toBe(0);
  });
});
