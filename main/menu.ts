/** Installs the application menu (and the About panel) in the shell's current language. */
import { Menu, app } from 'electron';
import type { Language } from '@domain/ipc-contract';
import { shellStrings } from './i18n';
import { buildMenuTemplate } from './menu-template';

export function applyApplicationMenu(language: Language): void {
  const strings = shellStrings(language);
  app.setAboutPanelOptions({
    applicationName: strings.appName,
    applicationVersion: app.getVersion(),
  });
  const template = buildMenuTemplate({
    strings,
    platform: process.platform,
    isPackaged: app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
