/**
 * Signing this device in to a platform account and out again. Signing in lists the account's
 * shops on this device (a new profile for each one not here yet; its data comes down with the
 * first sync) and pins, in each shop's database, the device id the token was issued for: a
 * database that already sends under another id gets a token of its own for that id. The
 * platform binds an id to the secret it issued with it; when it gives out a new id instead (the
 * old one had no secret here), the installation and the databases sending under the old id
 * adopt the new one, queued changes included (db/adopt-device-id.ts).
 */
import type { SignInResponse, VendorAccess } from '@domain/sync/protocol';
import {
  currentInstallationDeviceId,
  deviceSecretOf,
  keepDeviceSecret,
  loadInstallationDeviceId,
  replaceInstallationDeviceId,
} from '../db/device';
import { directory, getActiveVendorId, markProfileOpened, recordProfile } from '../db/directory';
import { vendorDb, type VendorDb } from '../db/vendor-db';
import { adoptDeviceId } from '../db/adopt-device-id';
import { DEVICE_ID_KEY, readDeviceId } from '../db/mutate';
import { PlatformClient, type FetchLike } from '../platform-api/platform-client';
import { normalisePlatformUrl } from './platform-address';
import {
  forgetPlatformSession,
  getPlatformSession,
  mayReachPlatform,
  readPlatformToken,
  savePlatformSession,
} from './session-store';

export interface SignInInput {
  platformUrl: string;
  login: string;
  password: string;
  /** Shown in the shop's device list on the platform. */
  deviceName: string;
}

export class SignInProblem extends Error {
  constructor(readonly code: 'bad_url' | 'no_shops' | 'platform_not_allowed') {
    super(code);
    this.name = 'SignInProblem';
  }
}

export interface SignInDeps {
  openVendorDb?: (vendorId: string) => VendorDb;
  /** Whether this host may reach the platform (session-store's mayReachPlatform). */
  mayReach?: (platformUrl: string) => Promise<boolean>;
  fetch?: FetchLike;
  now?: () => number;
}

/** Signs in; returns the shops now on this device and the one to open. Throws SyncError or SignInProblem. */
export async function signInToPlatform(
  input: SignInInput,
  deps: SignInDeps = {},
): Promise<{ vendors: VendorAccess[]; openVendorId: string }> {
  const platformUrl = normalisePlatformUrl(input.platformUrl);
  if (!platformUrl) throw new SignInProblem('bad_url');
  if (!(await (deps.mayReach ?? mayReachPlatform)(platformUrl))) {
    throw new SignInProblem('platform_not_allowed');
  }
  const { openVendorDb = vendorDb, now = Date.now } = deps;
  const installationId = currentInstallationDeviceId() ?? (await loadInstallationDeviceId());
  const client = new PlatformClient({ baseUrl: platformUrl, fetch: deps.fetch });
  const request = { login: input.login, password: input.password, deviceName: input.deviceName };
  const signInAs = async (deviceId: string): Promise<SignInResponse> => {
    const deviceSecret = await deviceSecretOf(deviceId);
    const answer = await client.signIn({ ...request, deviceId, deviceSecret });
    await keepDeviceSecret(answer.deviceId, answer.deviceSecret);
    return answer;
  };
  const signedIn = await signInAs(installationId);
  if (signedIn.deviceId !== installationId) await replaceInstallationDeviceId(signedIn.deviceId);
  if (signedIn.vendors.length === 0) throw new SignInProblem('no_shops');

  for (const vendor of signedIn.vendors) {
    const db = openVendorDb(vendor.id);
    const pinned = await pinDeviceId(db, signedIn.deviceId);
    const sameDevice = pinned === signedIn.deviceId || pinned === installationId;
    const own = sameDevice ? signedIn : await signInAs(pinned);
    if (own.deviceId !== pinned) await adoptDeviceId(db, own.deviceId);
    const at = now();
    await savePlatformSession(
      {
        vendorId: vendor.id,
        platformUrl,
        deviceId: own.deviceId,
        login: input.login.trim(),
        accountKind: own.account.kind,
        accountName: own.account.name,
        vendorName: vendor.name,
        signedInAt: at,
      },
      own.token,
    );
    if (!(await directory.profiles.get(vendor.id))) {
      await recordProfile({
        vendorId: vendor.id,
        name: vendor.name,
        createdAt: at,
        lastOpenedAt: at,
      });
    }
  }
  const active = await getActiveVendorId();
  const openVendorId =
    signedIn.vendors.find((vendor) => vendor.id === active)?.id ?? signedIn.vendors[0]!.id;
  await markProfileOpened(openVendorId);
  return { vendors: signedIn.vendors, openVendorId };
}

/** The id this database sends under: the one already pinned, or `deviceId` pinned now. */
async function pinDeviceId(db: VendorDb, deviceId: string): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const pinned = await readDeviceId(db);
    if (pinned) return pinned;
    await db.meta.put({ key: DEVICE_ID_KEY, value: deviceId });
    return deviceId;
  });
}

/**
 * Signs this device out of the account `vendorId` is synced with: the platform forgets the token
 * (when it can be reached) and every shop signed in with that token forgets it here. The shops'
 * data and any unsent changes stay on this device; they go up after the next sign-in.
 */
export async function signOutOfPlatform(vendorId: string, deps: SignInDeps = {}): Promise<void> {
  const session = await getPlatformSession(vendorId);
  const token = await readPlatformToken(vendorId);
  if (session && token) {
    const client = new PlatformClient({ baseUrl: session.platformUrl, token, fetch: deps.fetch });
    await client.signOut().catch(() => undefined);
  }
  const keys = await directory.settings.where('key').startsWith('platformSession:').primaryKeys();
  for (const key of keys) {
    const otherVendorId = key.slice('platformSession:'.length);
    if (
      otherVendorId === vendorId ||
      (token && (await readPlatformToken(otherVendorId)) === token)
    ) {
      await forgetPlatformSession(otherVendorId);
    }
  }
}
