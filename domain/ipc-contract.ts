/**
 * The one contract between the renderer, the preload bridge and the main process.
 * Each channel is `domain:verb`; main parses every argument with the zod schema here and answers
 * with an IpcResult, so a renderer bug or a compromised page can never hand main a shape it did
 * not expect.
 */
import { z } from 'zod';
import { bridgeVerbs } from './ipc-verbs';

/** The app's own origin. IndexedDB data belongs to it: never change the scheme or the host. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const ipcContract = {
  'app:info': {
    args: z.tuple([]),
    result: z.object({ version: z.string(), platform: z.string(), isPackaged: z.boolean() }),
  },
  'app:setLanguage': {
    args: z.tuple([languageSchema]),
    result: z.null(),
  },
  'shell:openExternal': {
    args: z.tuple([z.string().url().max(2048)]),
    result: z.null(),
  },
  /**
   * The console is about to talk to a platform: main lets requests reach its origin from now on
   * (https anywhere, http only on this machine). `allowed` is false for an address that cannot
   * be a platform.
   */
  'platform:allow': {
    args: z.tuple([z.string().url().max(2048)]),
    result: z.object({ allowed: z.boolean() }),
  },
  'file:save': {
    args: z.tuple([
      z.object({
        suggestedName: z.string().min(1).max(255),
        content: z.instanceof(Uint8Array),
      }),
    ]),
    result: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  'secret:set': {
    args: z.tuple([z.string().min(1).max(128), z.string().max(16_384)]),
    result: z.null(),
  },
  'secret:get': {
    args: z.tuple([z.string().min(1).max(128)]),
    result: z.string().nullable(),
  },
  'secret:delete': {
    args: z.tuple([z.string().min(1).max(128)]),
    result: z.null(),
  },
  /**
   * A system notification (a customer's booking arrived, a booking starts soon). `kind` names
   * what it is about, for the log; `shown` is false where the system shows none.
   */
  'notify:show': {
    args: z.tuple([
      z.object({
        kind: z.string().regex(/^[a-zA-Z][\w.-]{0,39}$/),
        title: z.string().min(1).max(120),
        body: z.string().max(500),
      }),
    ]),
    result: z.object({ shown: z.boolean() }),
  },
} as const;

export type IpcChannel = keyof typeof ipcContract;

// Every verb the preload exposes must name a channel of the contract.
bridgeVerbs satisfies Record<string, IpcChannel>;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['args']>;
export type IpcValue<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['result']>;

/** Error codes main may answer with; the renderer maps each to a translated message. */
export type IpcErrorCode = 'forbidden_sender' | 'invalid_arguments' | 'unavailable' | 'failed';

export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: IpcErrorCode; message?: string };

type BridgeVerbs = typeof bridgeVerbs;
export { bridgeVerbs };

/** The object the preload exposes as `window.vendorConsole`. */
export type DesktopBridge = {
  [V in keyof BridgeVerbs]: (
    ...args: IpcArgs<BridgeVerbs[V]>
  ) => Promise<IpcResult<IpcValue<BridgeVerbs[V]>>>;
};
