/**
 * The platform's voucher signing keys as both ends see them: making a key pair, and the wire
 * shape of `GET /v1/vendors/:vendorId/voucher-keys`, which tells a desk every public key the
 * platform has signed vouchers with (the current one and the retired ones), so vouchers issued
 * before a rotation still verify offline.
 */
import { z } from 'zod';
import { decodeBase64Url, encodeBase64Url } from './base32';
import { voucherKeyId, voucherKeyIdSchema, type CryptoKey } from './signature';

export const voucherKeysPath = (vendorId: string) => `/v1/vendors/${vendorId}/voucher-keys`;

const rawPublicKeySchema = z
  .string()
  .refine((text) => decodeBase64Url(text)?.length === 32, 'ed25519_public_key');

export const voucherKeySchema = z.object({
  keyId: voucherKeyIdSchema,
  /** The 32 raw bytes of the Ed25519 public key, base64url without padding. */
  publicKey: rawPublicKeySchema,
  createdAt: z.number().int(),
  /** When a newer key took over signing; null for the current key. */
  retiredAt: z.number().int().nullable(),
});
export type VoucherKey = z.infer<typeof voucherKeySchema>;

export const voucherKeysResponseSchema = z.object({ keys: z.array(voucherKeySchema) });
export type VoucherKeysResponse = z.infer<typeof voucherKeysResponseSchema>;

/** The keys as verifyVoucher takes them: key id → raw public key. */
export function voucherKeyMap(keys: readonly VoucherKey[]): Map<string, Uint8Array> {
  return new Map(keys.map((key) => [key.keyId, decodeBase64Url(key.publicKey)!]));
}

export interface VoucherKeyPair {
  keyId: string;
  privateKey: CryptoKey;
  /** The raw public key, 32 bytes. */
  publicKey: Uint8Array;
  /** The private key as PKCS #8 bytes, for the platform to keep. */
  privateKeyPkcs8: Uint8Array;
}

/** A new Ed25519 key pair for signing vouchers, with its key id. */
export async function generateVoucherKeyPair(): Promise<VoucherKeyPair> {
  const pair = (await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as { publicKey: CryptoKey; privateKey: CryptoKey };
  const publicKey = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKeyPkcs8 = new Uint8Array(
    await globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey),
  );
  return {
    keyId: await voucherKeyId(publicKey),
    privateKey: pair.privateKey,
    publicKey,
    privateKeyPkcs8,
  };
}

/** A kept private key (PKCS #8) back as a signing key; not extractable again. */
export function importVoucherPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey(
    'pkcs8',
    new Uint8Array(pkcs8),
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
}

/** A public key for the wire. */
export function publicKeyText(raw: Uint8Array): string {
  return encodeBase64Url(raw);
}
