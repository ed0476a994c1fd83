/** platform:allow — main lets the console reach a platform it signs in to, and no other host. */
import type { IpcArgs } from '@domain/ipc-contract';
import type { PlatformOrigins } from '../platform-origins';

export type PlatformDeps = {
  platforms: PlatformOrigins;
  /** Keeps the list for the next start. */
  savePlatforms: () => Promise<void>;
};

export function platformHandlers<E>(deps: PlatformDeps) {
  return {
    'platform:allow': async (_event: E, ...[url]: IpcArgs<'platform:allow'>) => {
      const known = deps.platforms.allows(url);
      const allowed = known || deps.platforms.allow(url);
      if (allowed && !known) await deps.savePlatforms();
      return { allowed };
    },
  };
}
