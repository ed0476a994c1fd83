/**
 * file:save — the renderer hands over finished bytes (an export, a report); the user picks where
 * they go in the system dialog, and the file is replaced whole or not at all.
 */
import type { IpcArgs } from '@domain/ipc-contract';
import { writeFileAtomic } from '../json-file';

const windowsReserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * The name offered in the save dialog: the last path segment only, without characters Windows
 * or macOS refuse, and never a reserved device name.
 */
export function safeFileName(suggested: string): string {
  const lastSegment = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  if (cleaned === '' || /^\.+$/.test(cleaned)) return 'export';
  return windowsReserved.test(cleaned) ? `_${cleaned}` : cleaned;
}

export type FileDeps<E> = {
  /** Shows the save dialog over the calling window; null when the user cancels. */
  chooseSavePath(event: E, defaultName: string): Promise<string | null>;
};

export function fileHandlers<E>(deps: FileDeps<E>) {
  return {
    'file:save': async (event: E, ...[request]: IpcArgs<'file:save'>) => {
      const target = await deps.chooseSavePath(event, safeFileName(request.suggestedName));
      if (target === null) return { saved: false };
      await writeFileAtomic(target, request.content);
      return { saved: true, path: target };
    },
  };
}
