/** shell:openExternal — only https and mailto links leave the app for the system's programs. */
import type { IpcArgs } from '@domain/ipc-contract';
import { isSafeExternalUrl } from '../security-policy';
import { IpcFailure } from './invoke';

export type ShellDeps = { openExternal(url: string): Promise<void> };

export function shellHandlers<E>(deps: ShellDeps) {
  return {
    'shell:openExternal': async (_event: E, ...[url]: IpcArgs<'shell:openExternal'>) => {
      if (!isSafeExternalUrl(url)) throw new IpcFailure('invalid_arguments', 'URL not allowed');
      await deps.openExternal(url);
      return null;
    },
  };
}
