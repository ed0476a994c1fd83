import { describe, expect, it } from 'vitest';
import { zonedTimeToEpoch } from '../time';
import { ids, sampleMenu } from './fixtures/menu';
import { menuAt } from './menu-at';

const clock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const at = (day: number, hour: number) =>
  zonedTimeToEpoch({ year: 2025, month: 3, day, hour }, clock.timeZone);

describe('menuAt', () => {
  it('shows what customers see at Friday lunch, in category and item order', () => {
    const menu = sampleMenu();
    const sections = menuAt(menu.items, menu.categories, menu.dayparts, at(7, 12), clock);
    expect(sections.map((s) => [s.category.name.zh, s.items.map((i) => i.item.name.zh)])).toEqual([
      ['主食', ['黄焖鸡米饭', '重庆小面']],
      ['饮品', ['可乐 Coke']],
    ]);
  });

  it('leaves out weekday items at the weekend and hidden categories', () => {
    const menu = sampleMenu();
    menu.categories[1]!.hidden = true;
    const sections = menuAt(menu.items, menu.categories, menu.dayparts, at(8, 12), clock);
    expect(sections.map((s) => s.items.map((i) => i.item.name.zh))).toEqual([['黄焖鸡米饭']]);
  });

  it('keeps sold-out items, marked', () => {
    const menu = sampleMenu();
    menu.items[0]!.soldOutBusinessDate = '2025-03-07';
    const sections = menuAt(menu.items, menu.categories, menu.dayparts, at(8, 1), clock);
    expect(sections[0]!.items.map((i) => [i.item.id, i.status])).toEqual([
      [ids.item(1), 'sold_out'],
      [ids.item(2), 'on_sale'],
    ]);
  });
});
