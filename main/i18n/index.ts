/** The shell's strings by language. The renderer has its own resources; these cover what main draws. */
import type { Language } from '@domain/ipc-contract';
import { en } from './en';
import type { ShellStrings } from './zh-CN';
import { zhCN } from './zh-CN';

export type { ShellStrings };

export const shellStringsByLanguage: Record<Language, ShellStrings> = { 'zh-CN': zhCN, en };

export function shellStrings(language: Language): ShellStrings {
  return shellStringsByLanguage[language];
}
