/**
 * This installation's device id. The platform issues a sign-in token to one device and accepts
 * that device's changes, so every vendor database on this installation pins the same id on its
 * first write (mutate.ts). Stored in the directory database; made once.
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
