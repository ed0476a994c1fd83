import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { sampleItem, shirtOptions, shirtVariants } from '@domain/menu/fixtures/menu';
import { createItem, updateItem } from '@domain/menu/mutations/items';
import { mutate } from '../db/mutate';
import { VendorDb } from '../db/vendor-db';
import { findByCode } from './find-by-code';

describe('findByCode', () => {
  it('finds an item and its variant by any code through the store’s index, as saved changes leave it', async () => {
    const db = new VendorDb(newId());
    const shirt = sampleItem({
      id: newId(),
      sku: null,
      barcode: null,
      variantOptions: shirtOptions(),
      variants: shirtVariants(),
    });
    const rice = sampleItem({ id: newId(), sku: 'HMJ-1', barcode: '695000000002' });
    rice.variants = undefined;
    await mutate(db, createItem, { ...rice, barcode: null });
    await mutate(db, createItem, shirt);
    const [, second, third] = shirt.variants!;
    expect(await findByCode(db, ' ts-2 ')).toEqual({ itemId: shirt.id, variantId: second!.id });
    expect(await findByCode(db, '695000000003')).toEqual({
      itemId: shirt.id,
      variantId: third!.id,
    });
    expect(await findByCode(db, 'hmj-1')).toEqual({ itemId: rice.id });
    expect(await findByCode(db, 'nothing')).toBeUndefined();
    expect(await findByCode(db, '   ')).toBeUndefined();

    // An edit moves a code: the shirt's variants lose their SKUs, the rice takes one of them.
    await mutate(db, updateItem, {
      id: shirt.id,
      updatedAt: 2,
      variants: shirt.variants!.map((v) => ({ ...v, sku: null })),
    });
    await mutate(db, updateItem, { id: rice.id, updatedAt: 3, sku: 'TS-3' });
    expect(await findByCode(db, 'TS-3')).toEqual({ itemId: rice.id });
    expect(await findByCode(db, 'HMJ-1')).toBeUndefined();
    expect(await findByCode(db, '695000000003')).toEqual({
      itemId: shirt.id,
      variantId: third!.id,
    });
    await db.delete();
  });
});
