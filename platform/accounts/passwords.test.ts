import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';
import { newDeviceToken, tokenHash } from './tokens';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo1234');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('demo1234', stored)).toBe(true);
    expect(await verifyPassword('demo12345', stored)).toBe(false);
  });

  it('salts each hash, so one password never hashes the same twice', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});

describe('device tokens', () => {
  it('are 32 random bytes in base64url, stored as a 64-hex-digit hash', () => {
    const token = newDeviceToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).not.toBe(newDeviceToken());
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
