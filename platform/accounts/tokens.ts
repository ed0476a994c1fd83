/** Device tokens: 32 random bytes for the device; the platform stores only their SHA-256. */
import { createHash, randomBytes } from 'node:crypto';

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
