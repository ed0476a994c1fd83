/** Sets up i18next for the console: zh-CN by default, English complete, switchable at run time. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@domain/ipc-contract';
import { defaultLanguage, namespaces, resources } from './resources';

export async function initI18n(language: Language = defaultLanguage) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Chooses the language at first start: the saved choice, else the system's if it is English. */
export function preferredLanguage(saved: Language | null): Language {
  if (saved) return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : defaultLanguage;
}

export { i18next };
