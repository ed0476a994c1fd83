/** app:info and app:setLanguage — what the renderer may learn about, and ask of, the shell. */
import type { IpcArgs, IpcValue, Language } from '@domain/ipc-contract';

export type AppDeps = {
  info(): IpcValue<'app:info'>;
  /** Rebuilds the menu in `language` and remembers it for the next launch. */
  setLanguage(language: Language): Promise<void>;
};

export function appHandlers<E>(deps: AppDeps) {
  return {
    'app:info': () => deps.info(),
    'app:setLanguage': async (_event: E, ...[language]: IpcArgs<'app:setLanguage'>) => {
      await deps.setLanguage(language);
      return null;
    },
  };
}
