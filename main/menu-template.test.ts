import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { shellStrings } from './i18n';
import { buildMenuTemplate } from './menu-template';

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return allItems(items).flatMap((item) => (item.role ? [item.role] : []));
}

const windows = { platform: 'win32', isPackaged: true } as const;

describe('buildMenuTemplate', () => {
  it('labels every item in Chinese, so no English role default shows through', () => {
    const template = buildMenuTemplate({ ...windows, strings: shellStrings('zh-CN') });
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    for (const item of allItems(template)) {
      if (item.type !== 'separator') expect(item.label, item.role).toMatch(/\S/);
    }
    const edit = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(edit.find((item) => item.role === 'copy')?.label).toBe('复制');
  });

  it('builds the same menu in English', () => {
    const template = buildMenuTemplate({ ...windows, strings: shellStrings('en') });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('has the editing roles whose shortcuts front-desk staff rely on', () => {
    const template = buildMenuTemplate({ ...windows, strings: shellStrings('zh-CN') });
    expect(roles(template)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload']),
    );
    expect(roles(template)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('offers developer tools only in an unpackaged run', () => {
    const packaged = buildMenuTemplate({ ...windows, strings: shellStrings('en') });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    const dev = buildMenuTemplate({ ...windows, isPackaged: false, strings: shellStrings('en') });
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('adds the macOS app menu first, with quit there instead of in File', () => {
    const template = buildMenuTemplate({
      platform: 'darwin',
      isPackaged: true,
      strings: shellStrings('zh-CN'),
    });
    expect(template[0]?.label).toBe('商家工作台');
    expect(roles([template[0]!])).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'quit']),
    );
    expect(roles([template[1]!])).toEqual(['close']);
  });
});
