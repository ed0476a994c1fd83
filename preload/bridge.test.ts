import { describe, expect, it } from 'vitest';
import { ipcContract } from '../domain/ipc-contract';
import { bridgeVerbs } from '../domain/ipc-verbs';
import { bindVerbs } from './bridge';

describe('bindVerbs', () => {
  it('forwards each verb to its channel with the arguments unchanged', async () => {
    const sent: unknown[][] = [];
    const bridge = bindVerbs(bridgeVerbs, async (channel, ...args) => {
      sent.push([channel, ...args]);
      return { ok: true, value: null };
    });
    const content = new Uint8Array([1, 2, 3]);
    expect(await bridge.setLanguage('en')).toEqual({ ok: true, value: null });
    await bridge.saveFile({ suggestedName: 'menu.csv', content });
    await bridge.appInfo();
    expect(sent).toEqual([
      ['app:setLanguage', 'en'],
      ['file:save', { suggestedName: 'menu.csv', content }],
      ['app:info'],
    ]);
  });

  it('exposes exactly the verbs of the table, each naming a contract channel, frozen', () => {
    const bridge = bindVerbs(bridgeVerbs, async () => null);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(bridgeVerbs).sort());
    for (const channel of Object.values(bridgeVerbs)) expect(ipcContract).toHaveProperty([channel]);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
