/**
 * Browser storage is "best effort" unless the site is granted persistence; we ask once at start.
 * In Electron every origin is durable already (FACTS.md), so there is nothing to ask.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageIsPersistent(): Promise<boolean> {
  return (await navigator.storage?.persisted?.()) ?? false;
}
