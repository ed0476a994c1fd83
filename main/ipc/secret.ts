/** secret:set/get/delete — the OS-encrypted secret store, answering 'unavailable' without a keychain. */
import type { IpcArgs } from '@domain/ipc-contract';
import type { SecretStore } from '../secret-store';
import { SecretStoreUnavailableError } from '../secret-store';
import { IpcFailure } from './invoke';

async function unlessUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) throw new IpcFailure('unavailable');
    throw error;
  }
}

export function secretHandlers<E>(store: SecretStore) {
  return {
    'secret:set': (_event: E, ...[name, value]: IpcArgs<'secret:set'>) =>
      unlessUnavailable(async () => {
        await store.set(name, value);
        return null;
      }),
    'secret:get': (_event: E, ...[name]: IpcArgs<'secret:get'>) =>
      unlessUnavailable(() => store.get(name)),
    'secret:delete': (_event: E, ...[name]: IpcArgs<'secret:delete'>) =>
      unlessUnavailable(async () => {
        await store.delete(name);
        return null;
      }),
  };
}
