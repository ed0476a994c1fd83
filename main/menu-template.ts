/**
 * The application menu as data, built from the shell strings of one language. Every item sets
 * its label, because Electron's role defaults are English only; roles still supply the shortcut
 * keys each platform expects.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellStrings } from './i18n';

export type MenuOptions = { strings: ShellStrings; platform: NodeJS.Platform; isPackaged: boolean };

const separator: MenuItemConstructorOptions = { type: 'separator' };

function macAppMenu(t: ShellStrings): MenuItemConstructorOptions {
  return {
    label: t.appName,
    submenu: [
      { role: 'about', label: t.aboutApp },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hideApp },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      { role: 'quit', label: t.quitApp },
    ],
  };
}

function fileMenu(t: ShellStrings, isMac: boolean): MenuItemConstructorOptions {
  const closeOrQuit: MenuItemConstructorOptions = isMac
    ? { role: 'close', label: t.closeWindow }
    : { role: 'quit', label: t.quitApp };
  return { label: t.menuFile, submenu: [closeOrQuit] };
}

function editMenu(t: ShellStrings, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: t.menuEdit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: t.delete },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  };
}

function viewMenu(t: ShellStrings, isPackaged: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
      ];
  return {
    label: t.menuView,
    submenu: [
      { role: 'reload', label: t.reload },
      ...developer,
      separator,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      // Ctrl+= zooms in on keyboards where + needs Shift.
      { role: 'zoomIn', label: t.zoomIn, accelerator: 'CommandOrControl+=', visible: false },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };
}

function windowMenu(t: ShellStrings, isMac: boolean): MenuItemConstructorOptions {
  const macExtras: MenuItemConstructorOptions[] = [
    { role: 'zoom', label: t.zoom },
    separator,
    { role: 'front', label: t.bringAllToFront },
  ];
  return {
    label: t.menuWindow,
    role: 'window',
    submenu: [
      { role: 'minimize', label: t.minimize },
      ...(isMac ? macExtras : [{ role: 'close', label: t.closeWindow } as const]),
    ],
  };
}

function helpMenu(t: ShellStrings, isMac: boolean): MenuItemConstructorOptions {
  // macOS already offers "About" in the app menu.
  const submenu: MenuItemConstructorOptions[] = isMac ? [] : [{ role: 'about', label: t.aboutApp }];
  return { label: t.menuHelp, role: 'help', submenu };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { strings: t, platform, isPackaged } = options;
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(t)] : []),
    fileMenu(t, isMac),
    editMenu(t, isMac),
    viewMenu(t, isPackaged),
    windowMenu(t, isMac),
    helpMenu(t, isMac),
  ];
}
