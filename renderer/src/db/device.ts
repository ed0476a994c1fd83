/**
 * This installation's device id, and the secret the platform issued with it. The platform issues
 * a sign-in token to one device and accepts that device's changes, so every vendor database on
 * this installation pins the same id on its first write (mutate.ts). A later sign-in naming the
 * id must show its secret, or the platform gives out a new id. Both live in the directory
 * database; the id is made once, the secret kept per id.
 */
import { newId } from '@domain/ids';
import { directory, getSetting, setSetting } from './directory';

/** The directory setting holding this installation's id (not a vendor's meta row). */
const INSTALLATION_DEVICE_ID_SETTING = 'deviceId';

let installationDeviceId: string | null = null;

export async function loadInstallationDeviceId(db = directory): Promise<string> {
  const saved = await getSetting<string | null>(INSTALLATION_DEVICE_ID_SETTING, null, db);
  installationDeviceId = saved ?? newId();
  if (!saved) await setSetting(INSTALLATION_DEVICE_ID_SETTING, installationDeviceId, db);
  return installationDeviceId;
}

/** The id loaded at start; null before boot and in tests, where each database makes its own. */
export function currentInstallationDeviceId(): string | null {
  return installationDeviceId;
}

/** The platform gave this installation another id (its old one had no secret): use it from now. */
export async function replaceInstallationDeviceId(deviceId: string, db = directory): Promise<void> {
  installationDeviceId = deviceId;
  await setSetting('deviceId', deviceId, db);
}

const secretKey = (deviceId: string) => `deviceSecret:${deviceId}`;

export function deviceSecretOf(deviceId: string, db = directory): Promise<string | undefined> {
  return getSetting<string | undefined>(secretKey(deviceId), undefined, db);
}

export async function keepDeviceSecret(
  deviceId: string,
  secret: string | undefined,
  db = directory,
): Promise<void> {
  if (secret) await setSetting(secretKey(deviceId), secret, db);
}
