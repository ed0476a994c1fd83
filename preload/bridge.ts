/**
 * Turns the verb table of domain/ipc-verbs.ts into the bridge object: each verb forwards its
 * arguments to its channel and nothing else. Kept apart from index.ts so it runs in tests
 * without Electron; only types come from the zod contract, so the preload bundle stays zod-free.
 */
import type { IpcArgs, IpcChannel, IpcResult, IpcValue } from '../domain/ipc-contract';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

export type BoundVerbs<V extends Record<string, IpcChannel>> = {
  [K in keyof V]: (...args: IpcArgs<V[K]>) => Promise<IpcResult<IpcValue<V[K]>>>;
};

export function bindVerbs<V extends Record<string, IpcChannel>>(
  verbs: V,
  invoke: Invoke,
): BoundVerbs<V> {
  const bound = Object.entries(verbs).map(([verb, channel]) => [
    verb,
    // Main answers every channel with an IpcResult of the contract (see main/ipc/invoke.ts).
    (...args: unknown[]) => invoke(channel, ...args),
  ]);
  return Object.freeze(Object.fromEntries(bound)) as BoundVerbs<V>;
}
