/**
 * The verbs the preload exposes, each bound to one IPC channel. Kept free of imports so the
 * sandboxed preload can bundle it without pulling in zod.
 */
export const bridgeVerbs = {
  appInfo: 'app:info',
  setLanguage: 'app:setLanguage',
  openExternal: 'shell:openExternal',
  allowPlatform: 'platform:allow',
  saveFile: 'file:save',
  setSecret: 'secret:set',
  getSecret: 'secret:get',
  deleteSecret: 'secret:delete',
  notify: 'notify:show',
} as const;
