/**
 * The one bridge between the console and main: `window.vendorConsole`, a frozen object of verbs,
 * each a call to its IPC channel. The page never sees ipcRenderer or any other Electron API.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../domain/ipc-contract';
import { bridgeVerbs } from '../domain/ipc-verbs';
import { bindVerbs } from './bridge';

const vendorConsole = bindVerbs(bridgeVerbs, (channel, ...args) =>
  ipcRenderer.invoke(channel, ...args),
) satisfies DesktopBridge;

contextBridge.exposeInMainWorld('vendorConsole', vendorConsole);
