/**
 * The one gate every IPC call passes: it checks who is calling, parses the arguments with the
 * contract's schema, runs the handler and answers with an IpcResult. It never throws, so the
 * renderer always gets an answer it can show, and a bad caller never reaches a handler.
 */
import type { IpcArgs, IpcChannel, IpcErrorCode, IpcResult, IpcValue } from '@domain/ipc-contract';
import { ipcContract } from '@domain/ipc-contract';
import type { SenderFrameFacts } from '../app-origin';
import { isTrustedSender } from '../app-origin';

/** Thrown by a handler to answer with a specific error code instead of 'failed'. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'IpcFailure';
  }
}

/** A handler gets the event first (for the calling window), then the parsed arguments. */
export type IpcImpl<C extends IpcChannel, E> = (
  event: E,
  ...args: IpcArgs<C>
) => IpcValue<C> | Promise<IpcValue<C>>;

/** One handler per channel: a channel added to the contract without a handler does not compile. */
export type IpcHandlers<E> = { [C in IpcChannel]: IpcImpl<C, E> };

/** The part of Electron's IpcMainInvokeEvent the sender check reads. */
export type SenderEvent = { readonly senderFrame: { url: string; parent: unknown } | null };

/**
 * Reads the calling frame. The main frame is the one without a parent (as VS Code checks);
 * a frame that navigated away or was destroyed reads as null, or throws, and is refused.
 */
export function senderFacts(event: SenderEvent): SenderFrameFacts {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    return { url: frame.url, isTopFrame: frame.parent === null };
  } catch {
    return null;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function invokeChecked<C extends IpcChannel, E extends SenderEvent>(
  channel: C,
  event: E,
  rawArgs: unknown[],
  impl: IpcImpl<C, E>,
  allowedOrigins: readonly string[],
): Promise<IpcResult<IpcValue<C>>> {
  if (!isTrustedSender(senderFacts(event), allowedOrigins)) {
    return { ok: false, error: 'forbidden_sender' };
  }
  const contract = ipcContract[channel];
  const args = contract.args.safeParse(rawArgs);
  if (!args.success) {
    return { ok: false, error: 'invalid_arguments', message: args.error.message };
  }
  try {
    const value = await impl(event, ...(args.data as IpcArgs<C>));
    // Main's own answer is checked too, so the renderer can trust the contract's result type.
    const checked = contract.result.safeParse(value);
    if (!checked.success) return { ok: false, error: 'failed', message: 'invalid result' };
    return { ok: true, value: checked.data as IpcValue<C> };
  } catch (error) {
    if (error instanceof IpcFailure)
      return { ok: false, error: error.code, message: error.message };
    return { ok: false, error: 'failed', message: describeError(error) };
  }
}
