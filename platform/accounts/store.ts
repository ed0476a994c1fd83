/**
 * Vendor and provider accounts, their links and device sessions. A vendor user's token reaches
 * its own vendor; a provider user's token reaches the vendors linked to the provider, and loses a
 * vendor the moment the link is removed, because scope is checked on every request.
 */
import { newId } from '../../domain/ids';
import type {
  MeResponse,
  SignInRequest,
  SignInResponse,
  VendorAccess,
} from '../../domain/sync/protocol';
import { sqlErrorCode, sqlState, type Database, type Queryable } from '../db/database';
import { grantDevice } from './devices';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { newDeviceToken, tokenHash } from './tokens';

export interface Session {
  tokenHash: string;
  userId: string;
  deviceId: string;
  account: MeResponse['account'];
}

export class LoginTakenError extends Error {
  constructor(readonly login: string) {
    super(`the login ${login} is already taken`);
  }
}

export const normaliseLogin = (login: string): string => login.trim().toLowerCase();

interface NewAccount {
  name: string;
  login: string;
  password: string;
  /** Fixed ids make the demo seed idempotent; otherwise a fresh UUIDv7. */
  id?: string;
}

async function insertUser(
  db: Queryable,
  owner: 'vendor_id' | 'provider_id',
  ownerId: string,
  account: NewAccount,
) {
  const passwordHash = await hashPassword(account.password);
  try {
    await db.query(
      `insert into users (id, login, password_hash, ${owner}) values ($1, $2, $3, $4)`,
      [newId(), normaliseLogin(account.login), passwordHash, ownerId],
    );
  } catch (error) {
    if (sqlErrorCode(error) === sqlState.uniqueViolation) throw new LoginTakenError(account.login);
    throw error;
  }
}

/** Creates a vendor, its change counter and its first user, atomically. */
export async function createVendor(
  db: Pick<Database, 'transaction'>,
  account: NewAccount,
): Promise<string> {
  const vendorId = account.id ?? newId();
  await db.transaction(async (tx) => {
    await tx.query('insert into vendors (id, name) values ($1, $2)', [vendorId, account.name]);
    await tx.query('insert into vendor_seqs (vendor_id) values ($1)', [vendorId]);
    await insertUser(tx, 'vendor_id', vendorId, account);
  });
  return vendorId;
}

export async function createProvider(
  db: Pick<Database, 'transaction'>,
  account: NewAccount,
): Promise<string> {
  const providerId = account.id ?? newId();
  await db.transaction(async (tx) => {
    await tx.query('insert into providers (id, name) values ($1, $2)', [providerId, account.name]);
    await insertUser(tx, 'provider_id', providerId, account);
  });
  return providerId;
}

export async function linkProvider(
  db: Queryable,
  providerId: string,
  vendorId: string,
): Promise<void> {
  await db.query(
    'insert into provider_vendors (provider_id, vendor_id) values ($1, $2) on conflict do nothing',
    [providerId, vendorId],
  );
}

interface UserRow {
  id: string;
  login: string;
  password_hash: string;
  vendor_id: string | null;
  provider_id: string | null;
  owner_name: string;
}

const userColumns = `u.id, u.login, u.password_hash, u.vendor_id, u.provider_id,
  coalesce(v.name, p.name) as owner_name
  from users u left join vendors v on v.id = u.vendor_id left join providers p on p.id = u.provider_id`;

function accountOf(user: UserRow): Session['account'] {
  return user.vendor_id
    ? { kind: 'vendor', id: user.vendor_id, name: user.owner_name, login: user.login }
    : { kind: 'provider', id: user.provider_id!, name: user.owner_name, login: user.login };
}

/** Checks the password and opens a device session; null when the login or password is wrong. */
export async function signIn(
  db: Queryable,
  request: SignInRequest,
): Promise<SignInResponse | null> {
  const [user] = await db.query<UserRow>(`select ${userColumns} where u.login = $1`, [
    normaliseLogin(request.login),
  ]);
  const valid = await verifyPassword(request.password, user?.password_hash ?? (await decoyHash()));
  if (!user || !valid) return null;
  const device = await grantDevice(db, request.deviceId.toLowerCase(), request.deviceSecret);
  const token = newDeviceToken();
  await db.query(
    'insert into device_sessions (token_hash, user_id, device_id, device_name) values ($1, $2, $3, $4)',
    [tokenHash(token), user.id, device.deviceId, request.deviceName],
  );
  const account = accountOf(user);
  const vendors = await vendorsOf(db, account);
  return { token, account, ...device, vendors };
}

export function sessionByToken(db: Queryable, token: string): Promise<Session | null> {
  return sessionByTokenHash(db, tokenHash(token));
}

/** The session a token opened, while it is neither signed out nor deleted. */
export async function sessionByTokenHash(db: Queryable, hash: string): Promise<Session | null> {
  const [row] = await db.query<UserRow & { device_id: string }>(
    `select s.device_id, ${userColumns.replace('from users u', 'from device_sessions s join users u on u.id = s.user_id')}
     where s.token_hash = $1 and s.revoked_at is null`,
    [hash],
  );
  if (!row) return null;
  return { tokenHash: hash, userId: row.id, deviceId: row.device_id, account: accountOf(row) };
}

export async function signOut(db: Queryable, session: Session): Promise<void> {
  await db.query('update device_sessions set revoked_at = now() where token_hash = $1', [
    session.tokenHash,
  ]);
}

export async function vendorsOf(
  db: Queryable,
  account: Session['account'],
): Promise<VendorAccess[]> {
  return account.kind === 'vendor'
    ? db.query<VendorAccess>('select id, name from vendors where id = $1', [account.id])
    : db.query<VendorAccess>(
        `select v.id, v.name from provider_vendors l join vendors v on v.id = l.vendor_id
         where l.provider_id = $1 order by v.name, v.id`,
        [account.id],
      );
}

export async function mayAccessVendor(
  db: Queryable,
  session: Session,
  vendorId: string,
): Promise<boolean> {
  if (session.account.kind === 'vendor') return session.account.id === vendorId;
  const rows = await db.query(
    'select 1 from provider_vendors where provider_id = $1 and vendor_id = $2',
    [session.account.id, vendorId],
  );
  return rows.length > 0;
}
