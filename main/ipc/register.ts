/** Binds the handlers to ipcMain, each behind the sender check and schema parse of invokeChecked. */
import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import type { IpcChannel } from '@domain/ipc-contract';
import type { IpcHandlers, IpcImpl } from './invoke';
import { invokeChecked } from './invoke';

/** Returns `handle(channel, impl)`, which trusts only frames from `allowedOrigins`. */
export function createHandle(allowedOrigins: readonly string[]) {
  return function handle<C extends IpcChannel>(
    channel: C,
    impl: IpcImpl<C, IpcMainInvokeEvent>,
  ): void {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const result = await invokeChecked(channel, event, args, impl, allowedOrigins);
      if (!result.ok && result.error !== 'invalid_arguments') {
        console.warn(`[ipc] ${channel}: ${result.error}`, result.message ?? '');
      }
      return result;
    });
  };
}

export function registerIpcHandlers(
  handlers: IpcHandlers<IpcMainInvokeEvent>,
  allowedOrigins: readonly string[],
): void {
  const handle = createHandle(allowedOrigins);
  const register = <C extends IpcChannel>(channel: C) => handle(channel, handlers[channel]);
  for (const channel of Object.keys(handlers) as IpcChannel[]) register(channel);
}
