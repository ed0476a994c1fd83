/** The console's language: changed at run time, remembered on this device, told to main's menu. */
import { createContext, useContext } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from '@domain/ipc-contract';
import { setLanguage } from '../db/directory';
import { desktop } from '../desktop/bridge';
import { i18next } from '../i18n';

export interface LanguageState {
  language: Language;
  changeLanguage: (language: Language) => Promise<void>;
}

export const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() outside LanguageContext');
  return state;
}

export async function applyLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  await setLanguage(language);
  await desktop.setLanguage(language);
}
