import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import type { EntityRow } from '../../mutations/row-ops';
import { tableLookups } from '../../mutations/tables';
import { checkInvariants, type Violation } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import { testBlock, testDocument } from '../fixtures/blocks';
import { publishStorefront } from '../mutations';
import { storefrontPart } from '../part';
import type { PublishRequest, StorefrontVersion } from '../schema';
import { STALE_PUBLISH, liveNumber, publishAnyway, stalePublish } from './stale-publish';

const AT = Date.UTC(2026, 11, 7, 2, 0);

const request = (basedOn: number, note = '早餐页'): PublishRequest => ({
  id: newId(),
  document: testDocument([testBlock('header'), testBlock('notice')]),
  note,
  basedOn,
  rollbackOf: null,
  at: AT,
});

/** The version the platform makes of an accepted request: the next number. */
const versionOf = (accepted: PublishRequest, number: number): StorefrontVersion => ({
  id: accepted.id,
  number,
  document: accepted.document,
  note: accepted.note,
  kind: 'publish',
  rollbackOf: null,
  publishedBy: '王店长',
  publishedAt: AT + number,
});

const judge = (args: { request: PublishRequest }, versions: StorefrontVersion[]) =>
  checkInvariants(
    [stalePublish],
    publishStorefront.args.parse(args),
    memoryLoader({ ledgers: { storefrontVersion: versions as unknown as EntityRow[] } }),
  );

describe('storefront.stalePublish', () => {
  it('is the storefront part’s rule for storefront.publish, with the publishAnyway fix', () => {
    expect(storefrontPart.rules).toEqual([{ invariant: stalePublish, actions: [publishAnyway] }]);
    expect(stalePublish.mutation).toBe(publishStorefront.name);
  });

  it('reads the newest version through a lookup the table declares', () => {
    const reads = stalePublish.reads({ request: request(0) }, []);
    expect(reads).toEqual({
      latest: {
        kind: 'ledgerLatest',
        table: 'storefrontVersion',
        field: 'shop',
        equals: 'shop',
        limit: 1,
      },
    });
    expect(Object.keys(tableLookups.get('storefrontVersion') ?? {})).toContain('shop');
  });

  it('accepts the first publish of a shop with no versions (based on 0)', async () => {
    expect(await judge({ request: request(0) }, [])).toBeNull();
  });

  it('accepts a publish based on the live version, the highest number', async () => {
    const first = request(0);
    const second = request(1);
    const versions = [versionOf(first, 1), versionOf(second, 2)];
    expect(await judge({ request: request(2) }, versions)).toBeNull();
  });

  it('refuses a publish based on an older version, saying which is live', async () => {
    const versions = [versionOf(request(0), 1), versionOf(request(1), 2)];
    const stale = request(1, '晚市页');
    const violation = await judge({ request: stale }, versions);
    expect(violation).toEqual<Violation>({
      rule: STALE_PUBLISH,
      message: `publish ${stale.id} is based on version 1, but version 2 is live`,
      details: { requestId: stale.id, basedOn: 1, live: 2, note: '晚市页' },
    });
  });

  it('refuses a publish based on a version the platform does not have yet', async () => {
    const violation = await judge({ request: request(3) }, [versionOf(request(0), 1)]);
    expect(violation?.details).toMatchObject({ basedOn: 3, live: 1 });
    expect(await judge({ request: request(1) }, [])).toMatchObject({ details: { live: 0 } });
  });

  it('two desks publishing on version 0 race to one winner; the other is fixed by publishAnyway', async () => {
    const versions: StorefrontVersion[] = [];
    const deskA = request(0, 'A 的早餐页');
    const deskB = request(0, 'B 的夜宵页');

    // The platform's order: A's arrives first and becomes version 1.
    expect(await judge({ request: deskA }, versions)).toBeNull();
    versions.push(versionOf(deskA, 1));
    const rejected = await judge({ request: deskB }, versions);
    expect(rejected?.rule).toBe(STALE_PUBLISH);

    const followUp = publishAnyway.fix(
      { name: 'storefront.publish', args: { request: deskB } },
      rejected!.details!,
    );
    expect(followUp?.name).toBe('storefront.publish');
    const args = publishStorefront.args.parse(followUp!.args);
    expect(args.request).toEqual({ ...deskB, id: args.request.id, basedOn: 1 });
    expect(args.request.id).not.toBe(deskB.id);

    // The follow-up is judged like any publish: accepted now, and becomes version 2.
    expect(await judge(args, versions)).toBeNull();
  });

  it('a follow-up itself beaten by a third desk is refused again, based on the new live number', async () => {
    const versions = [versionOf(request(0), 1), versionOf(request(1), 2)];
    const late = request(0);
    const first = await judge({ request: late }, versions.slice(0, 1));
    const followUp = publishAnyway.fix(
      { name: 'storefront.publish', args: { request: late } },
      first!.details!,
    );
    const args = publishStorefront.args.parse(followUp!.args);
    expect(args.request.basedOn).toBe(1);
    const again = await judge(args, versions);
    expect(again?.details).toMatchObject({ basedOn: 1, live: 2 });
  });

  it('publishAnyway offers nothing for another change or details without a live number', () => {
    const args = { request: request(0) };
    expect(publishAnyway.fix({ name: 'storefront.schedule', args }, { live: 1 })).toBeNull();
    expect(publishAnyway.fix({ name: 'storefront.publish', args }, {})).toBeNull();
    expect(publishAnyway.fix({ name: 'storefront.publish', args }, { live: -1 })).toBeNull();
    expect(publishAnyway.fix({ name: 'storefront.publish', args }, { live: '2' })).toBeNull();
  });

  it('keeps a rollback’s rollbackOf in the follow-up', () => {
    const rollback = { ...request(2), rollbackOf: 1 };
    const fixed = publishAnyway.fix(
      { name: 'storefront.publish', args: { request: rollback } },
      { live: 3 },
    );
    expect(publishStorefront.args.parse(fixed!.args).request).toMatchObject({
      rollbackOf: 1,
      basedOn: 3,
    });
  });

  it('lets a request through again when it is itself the live version (a retried push)', async () => {
    const first = request(0);
    expect(await judge({ request: first }, [versionOf(first, 1)])).toBeNull();
    const other = request(0);
    expect(await judge({ request: other }, [versionOf(first, 1)])).toMatchObject({
      rule: STALE_PUBLISH,
    });
  });

  it('takes the highest number among the entries read', () => {
    expect(liveNumber([])).toBe(0);
    expect(
      liveNumber([
        { id: 'a', number: 4 },
        { id: 'b', number: 7 },
      ]),
    ).toBe(7);
  });
});
