/**
 * The console's main window: locked-down web preferences, opened where it was last left (or on
 * the primary display when that monitor is gone), its place saved as the user moves it.
 */
import { BrowserWindow, screen } from 'electron';
import type { WindowState } from './window-state';
import { loadWindowState, restoreWindowState, saveWindowState, windowSize } from './window-state';

export type MainWindowOptions = {
  preloadPath: string;
  startUrl: string;
  stateFile: string;
  title: string;
  /** Developer tools exist only in an unpackaged run. */
  devTools: boolean;
};

const saveDelayMs = 500;

function currentState(window: BrowserWindow): WindowState {
  // Normal bounds, so a maximized window comes back to its unmaximized size when restored.
  const bounds = window.getNormalBounds();
  return { ...bounds, isMaximized: window.isMaximized() };
}

/** Saves the window's place shortly after it stops moving, and once more as it closes. */
function rememberPlace(window: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (state: WindowState) =>
    saveWindowState(stateFile, state).catch((error: unknown) =>
      console.error('window state not saved', error),
    );
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!window.isDestroyed() && !window.isFullScreen()) void save(currentState(window));
    }, saveDelayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    void save(currentState(window));
  });
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const { bounds, isMaximized } = restoreWindowState(
    saved,
    workAreas,
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: windowSize.minWidth,
    minHeight: windowSize.minHeight,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  if (isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberPlace(window, options.stateFile);
  await window.loadURL(options.startUrl);
  return window;
}
