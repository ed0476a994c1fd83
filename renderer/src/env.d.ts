/// <reference types="vite/client" />
import type { DesktopBridge } from '@domain/ipc-contract';

declare global {
  /** 'desktop' inside Electron, 'web' in the browser build (set by renderer/vite.shared.ts). */
  const __RENDERER_HOST__: 'desktop' | 'web';

  interface Window {
    /** The preload bridge; absent in the browser build. */
    vendorConsole?: DesktopBridge;
  }
}

export {};
