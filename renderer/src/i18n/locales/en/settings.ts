import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/settings';

export default {
  title: 'Settings',
  languageNames: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  language: 'Language',
  languageHelp: 'Takes effect at once and is remembered.',
  storage: 'Storage on this device',
  storagePersistent: 'The browser agreed to keep this data persistently.',
  storageNotPersistent:
    'The browser may clear this data when the disk runs low. Use the desktop app, or sync soon.',
  storageDesktop: 'In the desktop app, data stays on this computer.',
  about: 'About',
  version: 'Version {{version}} ({{platform}})',
  host: {
    desktop: 'Desktop app',
    web: 'Browser',
  },
} as const satisfies LocaleShape<typeof zh>;
