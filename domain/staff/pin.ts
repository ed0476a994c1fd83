/**
 * A desk PIN (4–6 digits) is kept only as PBKDF2-SHA256 with a per-member random salt and a high
 * iteration count, through WebCrypto (the same in Chromium and Node 20). A PIN this short can be
 * guessed from its hash by anyone holding a copy of the shop's data: the slow hash and the per-desk
 * lock-out (lockout.ts) stop a passer-by at the counter, they do not make the hash a secret.
 */
import { PIN_ALGORITHM, type PinHash } from './schema';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PIN_ITERATIONS = 600_000;

export type PinProblem = 'format';

/** Why a typed PIN cannot be used, or null: 4 to 6 ASCII digits. */
export function pinProblem(pin: string): PinProblem | null {
  return /^[0-9]{4,6}$/.test(pin) ? null : 'format';
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(
  pin: string,
  options: { iterations?: number; salt?: Uint8Array } = {},
): Promise<PinHash> {
  if (pinProblem(pin)) throw new Error('a PIN is 4 to 6 digits');
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const iterations = options.iterations ?? PIN_ITERATIONS;
  const hash = await derive(pin, salt, iterations);
  return { algorithm: PIN_ALGORITHM, salt: toBase64(salt), iterations, hash: toBase64(hash) };
}

/** Whether `pin` is the one `stored` was made from; compares every byte, whatever differs. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (pinProblem(pin)) return false;
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let index = 0; index < expected.length; index += 1) {
    difference |= (expected[index] ?? 0) ^ (actual[index] ?? 0);
  }
  return difference === 0;
}
