/** Runs a menu change and tells the shop, in its language, when the store refused it. */
import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { toStoreError } from '../db/errors';

export function useRun(): <T>(action: () => Promise<T>) => Promise<T | undefined> {
  const { message } = App.useApp();
  const { t } = useTranslation('common');
  return useCallback(
    async <T>(action: () => Promise<T>) => {
      try {
        return await action();
      } catch (error) {
        const storeError = toStoreError(error);
        // A refused or failed write is a bug or a full disk: keep the cause for the log.
        console.error(storeError.code, storeError.cause ?? error);
        message.error(t(`errors.${storeError.code}`));
        return undefined;
      }
    },
    [message, t],
  );
}
