/**
 * Which device a sign-in gets. A device id is given out with a secret at its first sign-in; a
 * later sign-in naming that id must show the secret, or it gets a new id (and secret) instead,
 * never the old device's sequence: knowing an id (it was once listed in pulls) is not enough to
 * send under it. The same computer signing in to several accounts shows the same secret.
 */
import { timingSafeEqual } from 'node:crypto';
import { newId } from '../../domain/ids';
import type { Queryable } from '../db/database';
import { newDeviceToken, tokenHash } from './tokens';

export interface DeviceGrant {
  deviceId: string;
  /** Only when the device is new to the platform: the console keeps it beside the id. */
  deviceSecret?: string;
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Registers `deviceId` with a fresh secret if nobody has it yet; the secret, or null if taken. */
async function claim(db: Queryable, deviceId: string): Promise<string | null> {
  const secret = newDeviceToken();
  const inserted = await db.query(
    `insert into devices (device_id, secret_hash) values ($1, $2)
     on conflict (device_id) do nothing returning device_id`,
    [deviceId, tokenHash(secret)],
  );
  return inserted.length > 0 ? secret : null;
}

export async function grantDevice(
  db: Queryable,
  deviceId: string,
  deviceSecret: string | undefined,
): Promise<DeviceGrant> {
  const fresh = await claim(db, deviceId);
  if (fresh) return { deviceId, deviceSecret: fresh };
  const [known] = await db.query<{ secret_hash: string | null }>(
    'select secret_hash from devices where device_id = $1',
    [deviceId],
  );
  if (known?.secret_hash && deviceSecret && sameHash(known.secret_hash, tokenHash(deviceSecret))) {
    return { deviceId };
  }
  // A uuidv7 is never taken, but a lost race would only cost another round.
  for (;;) {
    const otherId = newId();
    const secret = await claim(db, otherId);
    if (secret) return { deviceId: otherId, deviceSecret: secret };
  }
}
