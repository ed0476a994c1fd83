/** Every channel's handler, assembled from the per-concern modules; typed so none can be missing. */
import type { SecretStore } from '../secret-store';
import type { AppDeps } from './app';
import { appHandlers } from './app';
import type { FileDeps } from './file';
import { fileHandlers } from './file';
import type { IpcHandlers } from './invoke';
import type { NotifyDeps } from './notify';
import { notifyHandlers } from './notify';
import type { PlatformDeps } from './platform';
import { platformHandlers } from './platform';
import { secretHandlers } from './secret';
import type { ShellDeps } from './shell';
import { shellHandlers } from './shell';

export type IpcDeps<E> = AppDeps &
  ShellDeps &
  FileDeps<E> &
  PlatformDeps &
  NotifyDeps & { secrets: SecretStore };

export function buildIpcHandlers<E>(deps: IpcDeps<E>): IpcHandlers<E> {
  return {
    ...appHandlers<E>(deps),
    ...shellHandlers<E>(deps),
    ...platformHandlers<E>(deps),
    ...fileHandlers<E>(deps),
    ...secretHandlers<E>(deps.secrets),
    ...notifyHandlers<E>(deps),
  };
}
