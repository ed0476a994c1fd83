/**
 * One-time codes that verify a customer's phone on the public endpoints. A code is 6 random
 * digits sent through the SMS provider; the platform keeps only a salted SHA-256 of it, for 5
 * minutes, with at most 5 tries. A new code for the same phone waits a cool-down, and a phone and
 * an address may ask for only so many codes an hour. The right code gives a verification token
 * (random, stored hashed, 15 minutes) that names the shop and the phone: the create-booking call
 * takes it, so a booking's phone, and the customer it is filed under, is one the guest holds.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database';
import { HttpError } from '../http/errors';
import type { SmsProvider } from '../messages/sms';
import type { SmsLocale } from '../messages/templates';

export interface PhoneCodePolicy {
  ttlMs: number;
  maxAttempts: number;
  resendAfterMs: number;
  perPhonePerHour: number;
  perAddressPerHour: number;
  tokenTtlMs: number;
}

export const DEFAULT_PHONE_CODE_POLICY: PhoneCodePolicy = {
  ttlMs: 5 * 60_000,
  maxAttempts: 5,
  resendAfterMs: 60_000,
  perPhonePerHour: 5,
  perAddressPerHour: 20,
  tokenTtlMs: 15 * 60_000,
};

const HOUR_MS = 3_600_000;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function hashCode(code: string, salt: string): string {
  return `${salt}:${sha256(`${salt}:${code}`)}`;
}

function codeMatches(code: string, stored: string): boolean {
  const [salt] = stored.split(':');
  const computed = Buffer.from(hashCode(code, salt ?? ''));
  const expected = Buffer.from(stored);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

export interface SendCodeInput {
  vendorId: string;
  shopName: string;
  phone: string;
  address: string;
  locale: SmsLocale;
  now: number;
}

/** Sends a new code, or refuses with 429 (cool-down, hourly limits) and when to try again. */
export async function sendPhoneCode(
  db: Database,
  sms: SmsProvider,
  input: SendCodeInput,
  policy: PhoneCodePolicy = DEFAULT_PHONE_CODE_POLICY,
): Promise<{ expiresAt: number; resendAt: number }> {
  const { vendorId, phone, address, now } = input;
  return db.transaction(async (tx) => {
    // One sender at a time per phone: two quick sends cannot both pass the cool-down.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`phone-code:${phone}`]);
    const [current] = await tx.query<{ sent_at: number }>(
      'select sent_at from phone_codes where vendor_id = $1 and phone = $2',
      [vendorId, phone],
    );
    const retryAfter = (at: number) => Math.max(1, Math.ceil((at - now) / 1000));
    if (current && Number(current.sent_at) + policy.resendAfterMs > now) {
      throw new HttpError(
        429,
        'code_cooldown',
        `a code was just sent; ask again in ${retryAfter(Number(current.sent_at) + policy.resendAfterMs)} s`,
      );
    }
    const [counts] = await tx.query<{ phone: number; address: number }>(
      `select count(*) filter (where phone = $1) as phone, count(*) filter (where address = $2) as address
       from phone_code_sends where (phone = $1 or address = $2) and at > $3`,
      [phone, address, now - HOUR_MS],
    );
    if (
      Number(counts?.phone ?? 0) >= policy.perPhonePerHour ||
      Number(counts?.address ?? 0) >= policy.perAddressPerHour
    ) {
      throw new HttpError(429, 'too_many_codes', 'too many codes asked for; try again later');
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const salt = randomBytes(8).toString('hex');
    await tx.query(
      `insert into phone_codes (vendor_id, phone, code_hash, sent_at, expires_at, attempts)
       values ($1, $2, $3, $4, $5, 0)
       on conflict (vendor_id, phone) do update set code_hash = excluded.code_hash,
         sent_at = excluded.sent_at, expires_at = excluded.expires_at, attempts = 0`,
      [vendorId, phone, hashCode(code, salt), now, now + policy.ttlMs],
    );
    await tx.query(
      'insert into phone_code_sends (vendor_id, phone, address, at) values ($1, $2, $3, $4)',
      [vendorId, phone, address, now],
    );
    await tx.query('delete from phone_code_sends where at <= $1', [now - HOUR_MS]);
    await sms.send(
      {
        to: phone,
        vendorId,
        locale: input.locale,
        template: 'code',
        params: { shop: input.shopName, code, minutes: Math.round(policy.ttlMs / 60_000) },
      },
      tx,
    );
    return { expiresAt: now + policy.ttlMs, resendAt: now + policy.resendAfterMs };
  });
}

/**
 * Checks a code: the right one (in time, within the tries) is used up and gives a verification
 * token. A wrong one counts a try (400 code_wrong, with the tries left); past the last try or the
 * expiry the code is gone (400 code_expired: ask for a new one).
 */
export async function verifyPhoneCode(
  db: Database,
  input: { vendorId: string; phone: string; code: string; now: number },
  policy: PhoneCodePolicy = DEFAULT_PHONE_CODE_POLICY,
): Promise<{ verificationToken: string; expiresAt: number }> {
  const { vendorId, phone, code, now } = input;
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ code_hash: string; expires_at: number; attempts: number }>(
      `select code_hash, expires_at, attempts from phone_codes
       where vendor_id = $1 and phone = $2 for update`,
      [vendorId, phone],
    );
    if (!row || Number(row.expires_at) <= now || row.attempts >= policy.maxAttempts) {
      if (row)
        await tx.query('delete from phone_codes where vendor_id = $1 and phone = $2', [
          vendorId,
          phone,
        ]);
      return { kind: 'expired' as const };
    }
    if (!codeMatches(code, row.code_hash)) {
      const attempts = row.attempts + 1;
      await tx.query('update phone_codes set attempts = $3 where vendor_id = $1 and phone = $2', [
        vendorId,
        phone,
        attempts,
      ]);
      return { kind: 'wrong' as const, left: policy.maxAttempts - attempts };
    }
    await tx.query('delete from phone_codes where vendor_id = $1 and phone = $2', [
      vendorId,
      phone,
    ]);
    const token = randomBytes(24).toString('base64url');
    await tx.query(
      'insert into phone_verifications (token_hash, vendor_id, phone, expires_at) values ($1, $2, $3, $4)',
      [sha256(token), vendorId, phone, now + policy.tokenTtlMs],
    );
    await tx.query('delete from phone_verifications where expires_at <= $1', [now]);
    return { kind: 'ok' as const, token };
  });
  if (outcome.kind === 'expired')
    throw new HttpError(400, 'code_expired', 'the code expired or was used up; ask for a new one');
  if (outcome.kind === 'wrong') {
    throw new HttpError(400, 'code_wrong', `wrong code; ${outcome.left} tries left`, [
      { path: 'body.code', message: `wrong code; ${outcome.left} tries left` },
    ]);
  }
  return { verificationToken: outcome.token, expiresAt: now + policy.tokenTtlMs };
}

/** The phone a verification token vouches for at this shop, or null (unknown, expired, another shop). */
export async function verifiedPhone(
  db: Database,
  vendorId: string,
  token: string,
  now: number,
): Promise<string | null> {
  const [row] = await db.query<{ phone: string }>(
    'select phone from phone_verifications where token_hash = $1 and vendor_id = $2 and expires_at > $3',
    [sha256(token), vendorId, now],
  );
  return row?.phone ?? null;
}
