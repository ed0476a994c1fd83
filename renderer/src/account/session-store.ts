/**
 * Which platform account this device is signed in to, per vendor profile. The token is a secret:
 * on the desktop it is kept by the OS (Electron safeStorage through the bridge); in the browser
 * the bridge's fallback keeps it in IndexedDB, which the sign-in form says is weaker. Everything
 * else about the sign-in is ordinary data in the directory database.
 */
import { liveQuery } from 'dexie';
import { directory, getSetting, setSetting, type DirectoryDb } from '../db/directory';
import { desktop } from '../desktop/bridge';
import type { SyncSession } from '../platform-api/platform-client';

export interface PlatformSession {
  vendorId: string;
  platformUrl: string;
  /** The device the token was issued to; this vendor's changes go out under it. */
  deviceId: string;
  login: string;
  accountKind: 'vendor' | 'provider';
  accountName: string;
  vendorName: string;
  signedInAt: number;
}

const sessionKey = (vendorId: string) => `platformSession:${vendorId}`;
const tokenKey = (vendorId: string) => `platformToken:${vendorId}`;

export function getPlatformSession(
  vendorId: string,
  db: DirectoryDb = directory,
): Promise<PlatformSession | null> {
  return getSetting<PlatformSession | null>(sessionKey(vendorId), null, db);
}

/** Live: re-emits when this vendor's sign-in changes in any window. */
export function observePlatformSession(vendorId: string, db: DirectoryDb = directory) {
  return liveQuery(() => getPlatformSession(vendorId, db));
}

export async function savePlatformSession(
  session: PlatformSession,
  token: string,
  db: DirectoryDb = directory,
): Promise<void> {
  const saved = await desktop.setSecret(tokenKey(session.vendorId), token);
  if (!saved.ok) throw new Error(`the token could not be kept: ${saved.error}`);
  await setSetting(sessionKey(session.vendorId), session, db);
}

export async function readPlatformToken(vendorId: string): Promise<string | null> {
  const read = await desktop.getSecret(tokenKey(vendorId));
  return read.ok ? read.value : null;
}

export async function forgetPlatformSession(
  vendorId: string,
  db: DirectoryDb = directory,
): Promise<void> {
  await desktop.deleteSecret(tokenKey(vendorId));
  await setSetting(sessionKey(vendorId), null, db);
}

/**
 * Whether this host may reach the platform at `url`: on the desktop main lets requests reach
 * it from now on (and refuses an address that cannot be a platform); the browser build reaches
 * only the platform it was built for.
 */
export async function mayReachPlatform(url: string): Promise<boolean> {
  const answer = await desktop.allowPlatform(url);
  return answer.ok && answer.value.allowed;
}

/** What the sync engine needs, when this vendor is signed in and its token is readable. */
export async function syncSessionFor(session: PlatformSession): Promise<SyncSession | null> {
  // A session saved before main kept its list of platforms is let through again here.
  if (!(await mayReachPlatform(session.platformUrl))) return null;
  const token = await readPlatformToken(session.vendorId);
  return token ? { platformUrl: session.platformUrl, deviceId: session.deviceId, token } : null;
}
