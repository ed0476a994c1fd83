/**
 * The Electron main process: one locked-down window serving the console from app://console,
 * one instance per user, and the IPC handlers of domain/ipc-contract.ts. Logic lives in the
 * modules it wires together; this file only decides the order things happen in.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, Notification, app, dialog, shell } from 'electron';
import type { Language } from '@domain/ipc-contract';
import { APP_ORIGIN } from '@domain/ipc-contract';
import { originOf, rendererOrigins } from './app-origin';
import { loadPlatformOrigins, savePlatformOrigins, type PlatformOrigins } from './platform-origins';
import { shellStrings } from './i18n';
import { buildIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { applyApplicationMenu } from './menu';
import { notificationShower } from './notifications';
import { osCipher } from './os-cipher';
import { registerAppSchemePrivileges, serveAppScheme } from './protocol';
import { createSecretStore } from './secret-store';
import { installSecurity } from './security';
import { buildCsp } from './security-policy';
import { loadSettings, saveSettings } from './settings';
import { createMainWindow } from './windows';

// Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/.
const mainDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(mainDir, '../renderer');
const preloadPath = path.join(mainDir, '../preload/index.cjs');

// Before `ready`: scheme privileges can only be registered now, and sandbox every renderer.
registerAppSchemePrivileges();
app.enableSandbox();
// Lets e2e runs use a throw-away profile; a shipped build ignores it.
if (!app.isPackaged && process.env.VENDOR_CONSOLE_USER_DATA) {
  app.setPath('userData', process.env.VENDOR_CONSOLE_USER_DATA);
}

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const allowedOrigins = rendererOrigins(devServerUrl, app.isPackaged);
const userFile = (name: string) => path.join(app.getPath('userData'), name);
let language: Language = 'zh-CN';
let mainWindow: BrowserWindow | null = null;

async function setLanguage(next: Language): Promise<void> {
  language = next;
  applyApplicationMenu(next);
  await saveSettings(userFile('settings.json'), { language: next });
}

async function chooseSavePath(event: IpcMainInvokeEvent, defaultName: string) {
  const options = {
    title: shellStrings(language).saveDialogTitle,
    defaultPath: path.join(app.getPath('documents'), defaultName),
  };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

function registerHandlers(platforms: PlatformOrigins): void {
  const handlers = buildIpcHandlers<IpcMainInvokeEvent>({
    info: () => ({
      version: app.getVersion(),
      platform: process.platform,
      isPackaged: app.isPackaged,
    }),
    setLanguage,
    openExternal: (url) => shell.openExternal(url),
    chooseSavePath,
    secrets: createSecretStore(userFile('secrets.json'), osCipher),
    platforms,
    savePlatforms: () => savePlatformOrigins(userFile('platforms.json'), platforms),
    showNotification: notificationShower(Notification, focusMainWindow),
  });
  registerIpcHandlers(handlers, allowedOrigins);
}

let opening: Promise<void> | null = null;

/** Opens the window unless it is open or opening (macOS may `activate` during startup). */
function openMainWindow(): Promise<void> {
  if (mainWindow) return Promise.resolve();
  opening ??= createMainWindow({
    preloadPath,
    startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    stateFile: userFile('window-state.json'),
    title: shellStrings(language).appName,
    devTools: !app.isPackaged,
  })
    .then((window) => {
      mainWindow = window;
      window.on('closed', () => {
        mainWindow = null;
      });
    })
    .finally(() => {
      opening = null;
    });
  return opening;
}

function focusMainWindow(): void {
  if (!mainWindow) {
    if (app.isReady()) openMainWindow().catch(fail);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  language = (await loadSettings(userFile('settings.json'))).language;
  const devOrigin = devServerUrl ? (originOf(devServerUrl) ?? undefined) : undefined;
  const platforms = await loadPlatformOrigins(userFile('platforms.json'));
  installSecurity({
    allowedOrigins,
    csp: buildCsp({ devServerOrigin: devOrigin }),
    platforms,
    devServerOrigin: devOrigin,
  });
  serveAppScheme(rendererDir, buildCsp());
  registerHandlers(platforms);
  applyApplicationMenu(language);
  await openMainWindow();
}

function fail(error: unknown): void {
  console.error('Vendor Console failed to start', error);
  dialog.showErrorBox(shellStrings(language).startupFailed, String(error));
  app.exit(1);
}

// A second launch (a double-clicked shortcut) brings the running window forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', focusMainWindow);
  start().catch(fail);
}
