import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../sync/invariants';
import { invariantRegistry } from '../../sync/invariant-rules';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import { acceptMutation } from '../../sync/accept-mutation';
import { findMutation } from '../../mutations/registry';
import { sampleItem as fullItem } from '../fixtures/menu';
import type { MenuItem } from '../schema';
import { applyWithoutClashingCodes, CODE_TAKEN_RULE, type CodeTakenDetails } from './codes-unique';

/** An item with no codes but those given. */
const sampleItem = (overrides: Partial<MenuItem>) =>
  fullItem({ sku: null, barcode: null, ...overrides });

const BEEF = sampleItem({
  id: '0195a000-0000-7000-8000-0000000000b1',
  name: { zh: '牛肉面' },
  sku: 'NM-1',
  barcode: '6901',
});
const RICE = sampleItem({
  id: '0195a000-0000-7000-8000-0000000000b2',
  name: { zh: '米饭' },
  sku: 'MF-1',
});
const NEW_ID = '0195a000-0000-7000-8000-0000000000b3';

/** Judges a change as the platform does: parse, ops, the registered rules over `stored` items. */
async function judge(name: string, args: unknown, stored: MenuItem[] = [BEEF, RICE]) {
  const verdict = acceptMutation({ name, version: 1, args }, findMutation);
  if (!verdict.ok) throw new Error(verdict.message);
  const load = memoryLoader({ entities: { menuItem: stored } });
  return checkInvariants(invariantRegistry.forMutation(name), verdict.args, load, verdict.ops);
}

const emptyImport = {
  categories: [],
  tags: [],
  createItems: [],
  updateItems: [],
  deleteItemIds: [],
  deleteCategoryIds: [],
  updatedAt: 1,
};

describe('codes are unique within a shop (menuItem.codeTaken)', () => {
  it('guards every change that can set a code', () => {
    for (const name of [
      'menuItem.create',
      'menuItem.update',
      'menuItem.bulkUpdate',
      'menuItem.restore',
      'menu.import',
    ]) {
      expect(invariantRegistry.forMutation(name).map((rule) => rule.rule)).toContain(
        CODE_TAKEN_RULE,
      );
    }
  });

  it('rejects a new item with a SKU another item has, whatever its case and spaces', async () => {
    const violation = await judge(
      'menuItem.create',
      sampleItem({ id: NEW_ID, name: { zh: '牛肉饭' }, sku: ' nm-1 ' }),
    );
    expect(violation).toMatchObject({ rule: CODE_TAKEN_RULE });
    expect((violation!.details as unknown as CodeTakenDetails).clashes).toEqual([
      {
        kind: 'sku',
        code: 'NM-1',
        item: { id: NEW_ID, name: { zh: '牛肉饭' } },
        other: { id: BEEF.id, name: BEEF.name },
      },
    ]);
  });

  it('rejects an edit that gives an item a barcode another item has (the console names the edited item)', async () => {
    const violation = await judge('menuItem.update', {
      id: RICE.id,
      barcode: '6901',
      updatedAt: 2,
    });
    expect((violation!.details as unknown as CodeTakenDetails).clashes).toEqual([
      {
        kind: 'barcode',
        code: '6901',
        item: { id: RICE.id, name: null },
        other: { id: BEEF.id, name: BEEF.name },
      },
    ]);
  });

  it('lets an item keep or re-save its own codes, and a SKU equal to another item’s barcode', async () => {
    expect(await judge('menuItem.update', { id: BEEF.id, sku: 'NM-1', updatedAt: 2 })).toBeNull();
    expect(await judge('menuItem.update', { id: RICE.id, sku: '6901', updatedAt: 2 })).toBeNull();
    expect(
      await judge('menuItem.update', { id: RICE.id, name: { zh: '白米饭' }, updatedAt: 2 }),
    ).toBeNull();
  });

  it('frees the codes of items the same change deletes or recodes', async () => {
    const swap = {
      ...emptyImport,
      updateItems: [
        { id: BEEF.id, fields: { sku: 'MF-1' } },
        { id: RICE.id, fields: { sku: 'NM-1' } },
      ],
    };
    expect(await judge('menu.import', swap)).toBeNull();
    const replace = {
      ...emptyImport,
      createItems: [sampleItem({ id: NEW_ID, sku: 'NM-1' })],
      deleteItemIds: [BEEF.id],
    };
    expect(await judge('menu.import', replace)).toBeNull();
  });

  it('finds clashes inside one import and lists each', async () => {
    const batch = {
      ...emptyImport,
      createItems: [
        sampleItem({ id: NEW_ID, sku: 'NEW-1' }),
        sampleItem({ id: '0195a000-0000-7000-8000-0000000000b4', sku: 'new-1' }),
        sampleItem({ id: '0195a000-0000-7000-8000-0000000000b5', sku: 'MF-1' }),
      ],
    };
    const details = (await judge('menu.import', batch))!.details as unknown as CodeTakenDetails;
    expect(details.count).toBe(2);
    expect(details.codeList).toBe('NEW-1, MF-1');
    expect(details.clashes.map((clash) => [clash.item.id, clash.other.id])).toEqual([
      ['0195a000-0000-7000-8000-0000000000b4', NEW_ID],
      ['0195a000-0000-7000-8000-0000000000b5', RICE.id],
    ]);
  });

  it('offers the import again without the clashing codes, and that passes', async () => {
    const batch = {
      ...emptyImport,
      createItems: [
        sampleItem({ id: NEW_ID, sku: 'MF-1', barcode: '7001' }),
        sampleItem({ id: '0195a000-0000-7000-8000-0000000000b4', sku: 'OK-2' }),
      ],
      updateItems: [{ id: RICE.id, fields: { barcode: '6901', priceFen: 900 } }],
    };
    const violation = await judge('menu.import', batch);
    const fixed = applyWithoutClashingCodes.fix(
      { name: 'menu.import', args: batch },
      violation!.details!,
    );
    expect(fixed?.name).toBe('menu.import');
    const args = fixed!.args as typeof batch;
    expect(args.createItems[0]).toMatchObject({ sku: null, barcode: '7001' });
    expect(args.createItems[1]).toMatchObject({ sku: 'OK-2' });
    expect(args.updateItems[0]).toEqual({ id: RICE.id, fields: { priceFen: 900 } });
    expect(await judge('menu.import', args)).toBeNull();
  });

  it('offers no fix for a change it cannot mend', () => {
    expect(
      applyWithoutClashingCodes.fix({ name: 'menuStock.append', args: {} }, { clashes: [] }),
    ).toBeNull();
  });
});
