/**
 * The voucher QR: the code and a platform signature (Ed25519 through WebCrypto, in Node 20 and
 * Chromium ≥ 137), so a desk without a network can tell a voucher the platform issued from a
 * made-up one. What is signed, version 1, as the QR text:
 *
 *   VC1.<code>.<fields>.<keyId>.<signature>
 *
 * <code> the 12 digits; <fields> base32 of 46 bytes: vendor id (16), offer id (16), validFrom and
 * validUntil (epoch ms, 6 bytes each, big-endian) and uses (2); <keyId> the 8-character id of
 * the signing key; <signature> base32 of the 64-byte Ed25519 signature of every character before
 * it ('VC1.' up to the key id): 204 characters. Upper case and base32 keep the text in a QR's
 * alphanumeric mode (a version 8 symbol at level M holds 221; base64url would need byte mode and
 * a bigger symbol) and let a caps-locked scanner through: the text is read without case. The
 * signature says who issued the voucher and for what; whether it is still valid, refunded or
 * used up is for the rules (usage-rules.ts) and the ledger.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { isValidVoucherCode } from './code';
import { decodeBase32, encodeBase32 } from './base32';

export const VOUCHER_QR_VERSION = 'VC1';

/** A key id: base32 of the first 5 bytes of the SHA-256 of the raw public key. */
export const voucherKeyIdSchema = z.string().regex(/^[A-Z2-7]{8}$/);

const MAX_EPOCH_MS = 2 ** 48 - 1;
const epochMsSchema = z.number().int().min(0).max(MAX_EPOCH_MS);

/** What the platform signs about one voucher. Validity is half-open: [validFrom, validUntil). */
export const voucherPayloadSchema = z
  .object({
    code: z.string().refine(isValidVoucherCode, 'voucher_code'),
    vendorId: idSchema,
    offerId: idSchema,
    validFrom: epochMsSchema,
    validUntil: epochMsSchema,
    /** Uses the voucher was sold with (a 10-visit card: 10). */
    uses: z.number().int().min(1).max(65_535),
    keyId: voucherKeyIdSchema,
  })
  .refine((payload) => payload.validUntil > payload.validFrom, {
    path: ['validUntil'],
    message: 'valid_until_before_from',
  });
export type VoucherPayload = z.infer<typeof voucherPayloadSchema>;

const FIELDS_BYTES = 46;

function uuidBytes(id: string): Uint8Array {
  const hex = id.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

function uuidOf(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function encodeFields(payload: VoucherPayload): Uint8Array {
  const bytes = new Uint8Array(FIELDS_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(uuidBytes(payload.vendorId), 0);
  bytes.set(uuidBytes(payload.offerId), 16);
  // 48-bit numbers: the high 16 bits, then the low 32.
  const put48 = (at: number, value: number) => {
    view.setUint16(at, Math.floor(value / 2 ** 32));
    view.setUint32(at + 2, value % 2 ** 32);
  };
  put48(32, payload.validFrom);
  put48(38, payload.validUntil);
  view.setUint16(44, payload.uses);
  return bytes;
}

function decodeFields(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const get48 = (at: number) => view.getUint16(at) * 2 ** 32 + view.getUint32(at + 2);
  return {
    vendorId: uuidOf(bytes.subarray(0, 16)),
    offerId: uuidOf(bytes.subarray(16, 32)),
    validFrom: get48(32),
    validUntil: get48(38),
    uses: view.getUint16(44),
  };
}

/** The part of the QR text the signature covers. */
function signedText(payload: VoucherPayload): string {
  const fields = encodeBase32(encodeFields(payload));
  return `${VOUCHER_QR_VERSION}.${payload.code}.${fields}.${payload.keyId}`;
}

/**
 * A WebCrypto key, named from the API itself: `CryptoKey` is a global type in the DOM library but
 * not in Node's, and this folder compiles under both.
 */
export type CryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

const ED25519 = { name: 'Ed25519' } as const;

/** The QR text for a voucher, signed with the platform's current private key. */
export async function signVoucher(privateKey: CryptoKey, payload: VoucherPayload): Promise<string> {
  const checked = voucherPayloadSchema.parse(payload);
  const text = signedText(checked);
  const signature = await globalThis.crypto.subtle.sign(
    ED25519,
    privateKey,
    new TextEncoder().encode(text),
  );
  return `${text}.${encodeBase32(new Uint8Array(signature))}`;
}

/**
 * Scanned text as the parser reads it. A keyboard-wedge scanner types into whatever input method
 * is on: a Chinese one in full-width mode gives full-width letters and digits (NFKC makes them
 * ASCII) and turns '.' into '。', which NFKC leaves alone. Case is dropped (caps lock).
 */
function canonicalQrText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u3002/g, '.')
    .trim()
    .toUpperCase();
}

/** Whether scanned or typed text looks like a voucher QR rather than a bare code. */
export function isVoucherQrText(text: string): boolean {
  return canonicalQrText(text).startsWith(`${VOUCHER_QR_VERSION}.`);
}

const qrPartsSchema = z.tuple([
  z.literal(VOUCHER_QR_VERSION),
  z.string().regex(/^\d{12}$/),
  z.string().regex(/^[A-Z2-7]{74}$/),
  voucherKeyIdSchema,
  z.string().regex(/^[A-Z2-7]{103}$/),
]);

export interface ParsedVoucherQr {
  payload: VoucherPayload;
  /** The characters the signature covers, and the signature itself. */
  signed: Uint8Array;
  signature: Uint8Array;
}

/** Why a QR is refused; 'other_shop': genuine, but issued for another shop than the desk's. */
export type VoucherQrProblem =
  'malformed' | 'bad_check_digit' | 'unknown_key' | 'bad_signature' | 'other_shop';

export type ParseVoucherQrResult =
  | { ok: true; qr: ParsedVoucherQr }
  | { ok: false; reason: Extract<VoucherQrProblem, 'malformed' | 'bad_check_digit'> };

/** Reads a QR text without checking its signature (verifyVoucher does). Case does not matter. */
export function parseVoucherQr(text: string): ParseVoucherQrResult {
  const parts = qrPartsSchema.safeParse(canonicalQrText(text).split('.'));
  if (!parts.success) return { ok: false, reason: 'malformed' };
  const [, code, fieldsText, keyId, signatureText] = parts.data;
  if (!isValidVoucherCode(code)) return { ok: false, reason: 'bad_check_digit' };
  const fields = decodeBase32(fieldsText);
  const signature = decodeBase32(signatureText);
  if (fields?.length !== FIELDS_BYTES || signature?.length !== 64) {
    return { ok: false, reason: 'malformed' };
  }
  const payload = voucherPayloadSchema.safeParse({ code, keyId, ...decodeFields(fields) });
  if (!payload.success) return { ok: false, reason: 'malformed' };
  const signed = new TextEncoder().encode(signedText(payload.data));
  return { ok: true, qr: { payload: payload.data, signed, signature } };
}

export type VerifyVoucherResult =
  { ok: true; voucher: VoucherPayload } | { ok: false; reason: VoucherQrProblem };

/** A public key as a desk holds it: imported already, or the 32 raw bytes. */
export type VoucherPublicKey = CryptoKey | Uint8Array;

const importedKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/** Imports 32 raw bytes as an Ed25519 verifying key, once per byte array. */
export function importVoucherPublicKey(raw: Uint8Array): Promise<CryptoKey> {
  let key = importedKeys.get(raw);
  if (!key) {
    // A copy: WebCrypto takes a BufferSource over a plain ArrayBuffer.
    key = globalThis.crypto.subtle.importKey('raw', new Uint8Array(raw), ED25519, true, ['verify']);
    importedKeys.set(raw, key);
  }
  return key;
}

/**
 * Whether a QR text is a voucher the platform signed: parsed, its key known, its signature good,
 * and, when `forShop.vendorId` is given (a desk always gives its shop's), issued for that shop.
 * `publicKeys` maps key ids to keys (the platform's current and retired ones, as synced).
 */
export async function verifyVoucher(
  publicKeys: ReadonlyMap<string, VoucherPublicKey>,
  qrText: string,
  forShop: { vendorId?: string } = {},
): Promise<VerifyVoucherResult> {
  const parsed = parseVoucherQr(qrText);
  if (!parsed.ok) return parsed;
  const { payload, signed, signature } = parsed.qr;
  const known = publicKeys.get(payload.keyId);
  if (!known) return { ok: false, reason: 'unknown_key' };
  const key = known instanceof Uint8Array ? await importVoucherPublicKey(known) : known;
  const good = await globalThis.crypto.subtle.verify(
    ED25519,
    key,
    new Uint8Array(signature),
    new Uint8Array(signed),
  );
  if (!good) return { ok: false, reason: 'bad_signature' };
  if (forShop.vendorId !== undefined && forShop.vendorId.toLowerCase() !== payload.vendorId) {
    return { ok: false, reason: 'other_shop' };
  }
  return { ok: true, voucher: payload };
}

/** The id of a public key: base32 of the first 5 bytes of the SHA-256 of its 32 raw bytes. */
export async function voucherKeyId(rawPublicKey: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(rawPublicKey));
  return encodeBase32(new Uint8Array(digest).subarray(0, 5));
}
