/**
 * The platform's voucher signing key (migration 13). Made once, the first time anything needs
 * it, and kept in the database, so every restart and every instance on the same database signs
 * with the same key; two instances making it at once keep one (the unique index on the current
 * key). A rotation retires the current key and makes a new one in one transaction; retired public
 * keys stay listed so desks still verify vouchers issued before.
 */
import {
  generateVoucherKeyPair,
  importVoucherPrivateKey,
  publicKeyText,
  type VoucherKey,
} from '../../domain/vouchers/keys';
import { decodeBase64Url, encodeBase64Url } from '../../domain/vouchers/base32';
import type { CryptoKey } from '../../domain/vouchers/signature';
import type { Database, Queryable } from '../db/database';

export interface VoucherSigningKey {
  keyId: string;
  privateKey: CryptoKey;
  /** The raw public key, 32 bytes. */
  publicKey: Uint8Array;
}

interface KeyRow {
  key_id: string;
  public_key: string;
  private_key: string | null;
  created_at: number;
  retired_at: number | null;
}

async function insertNewKey(db: Queryable, now: number): Promise<void> {
  const pair = await generateVoucherKeyPair();
  await db.query(
    `insert into voucher_signing_keys (key_id, public_key, private_key, created_at)
     values ($1, $2, $3, $4) on conflict do nothing`,
    [pair.keyId, publicKeyText(pair.publicKey), encodeBase64Url(pair.privateKeyPkcs8), now],
  );
}

const currentKeySql = 'select * from voucher_signing_keys where retired_at is null';

/** Makes the first signing key unless there is a current one already. */
export async function ensureVoucherKey(db: Queryable, now = Date.now()): Promise<void> {
  const [current] = await db.query<KeyRow>(currentKeySql);
  if (!current) await insertNewKey(db, now);
}

// Importing a PKCS #8 key costs little, but signing a batch should not repeat it per voucher.
const imported = new Map<string, Promise<CryptoKey>>();

/** The key that signs new vouchers now, made on first use (in `db`'s transaction, if one). */
export async function currentSigningKey(db: Queryable): Promise<VoucherSigningKey> {
  await ensureVoucherKey(db);
  const [row] = await db.query<KeyRow>(currentKeySql);
  // A rotation commits its retirement and the new key together, so a current key is always there.
  if (!row?.private_key) throw new Error('no current voucher signing key');
  const cacheKey = `${row.key_id}:${row.private_key}`;
  let privateKey = imported.get(cacheKey);
  if (!privateKey) {
    privateKey = importVoucherPrivateKey(decodeBase64Url(row.private_key)!);
    imported.set(cacheKey, privateKey);
  }
  return {
    keyId: row.key_id,
    privateKey: await privateKey,
    publicKey: decodeBase64Url(row.public_key)!,
  };
}

function publicOf(row: KeyRow): VoucherKey {
  return {
    keyId: row.key_id,
    publicKey: row.public_key,
    createdAt: Number(row.created_at),
    retiredAt: row.retired_at === null ? null : Number(row.retired_at),
  };
}

/**
 * Retires the current key (its private half is dropped) and makes a new one; returns the new
 * key's public description. Rotations one after another each retire the key before them.
 */
export async function rotateVoucherKey(db: Database, now = Date.now()): Promise<VoucherKey> {
  return db.transaction(async (tx) => {
    // Rotations are rare: the whole table is locked so two at once happen one after the other.
    await tx.query('lock table voucher_signing_keys in exclusive mode');
    await tx.query(
      `update voucher_signing_keys set retired_at = $1, private_key = null where retired_at is null`,
      [now],
    );
    await insertNewKey(tx, now);
    const [row] = await tx.query<KeyRow>(currentKeySql);
    if (!row) throw new Error('the new voucher key was not stored');
    return publicOf(row);
  });
}

/** Every public key the platform has signed with, oldest first, the current one last. */
export async function publicVoucherKeys(db: Database): Promise<VoucherKey[]> {
  await ensureVoucherKey(db);
  const rows = await db.query<KeyRow>(
    'select * from voucher_signing_keys order by created_at, retired_at nulls last, key_id',
  );
  return rows.map(publicOf);
}
