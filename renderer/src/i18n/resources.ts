/**
 * All translations, one file per language and feature (locales/<language>/<namespace>.ts).
 * A feature adds its namespace by adding the two files; nothing here needs editing.
 */
import type { Language } from '@domain/ipc-contract';

type Tree = { readonly [key: string]: string | Tree };

const modules = import.meta.glob<{ default: Tree }>('./locales/*/*.ts', { eager: true });

export const languages: readonly Language[] = ['zh-CN', 'en'];
export const defaultLanguage: Language = 'zh-CN';

export const resources: Record<Language, Record<string, Tree>> = { 'zh-CN': {}, en: {} };

for (const [path, module] of Object.entries(modules)) {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(path);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, Language, string];
  if (!(language in resources)) throw new Error(`Unknown language folder: ${language}`);
  resources[language][namespace] = module.default;
}

export const namespaces = Object.keys(resources[defaultLanguage]);
