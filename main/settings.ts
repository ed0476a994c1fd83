/**
 * The shell's own preferences under userData (today: the menu language). A missing or damaged
 * file gives the defaults, so a bad write can never keep the app from starting.
 */
import { z } from 'zod';
import { languageSchema } from '@domain/ipc-contract';
import { readJsonFileOr, writeJsonFileAtomic } from './json-file';

const settingsSchema = z.object({ language: languageSchema });
export type ShellSettings = z.infer<typeof settingsSchema>;

/** zh-CN is the product's default language. */
export const defaultSettings: ShellSettings = { language: 'zh-CN' };

export function loadSettings(file: string): Promise<ShellSettings> {
  return readJsonFileOr(file, settingsSchema, defaultSettings);
}

export function saveSettings(file: string, settings: ShellSettings): Promise<void> {
  return writeJsonFileAtomic(file, settings);
}
