import { describe, expect, it } from 'vitest';
import { judgeAuthority, memberAllows, type StaffView } from './authority';
import { roleAllows } from './roles';
import { requiredPermissions } from './required';
import { permissionsByPart } from './required';

const ids = {
  owner: '0195f000-0000-7000-8000-000000000001',
  manager: '0195f000-0000-7000-8000-000000000002',
  cashier: '0195f000-0000-7000-8000-000000000003',
  gone: '0195f000-0000-7000-8000-000000000004',
  custom: '0195f000-0000-7000-8000-000000000005',
  pricer: '0195f000-0000-7000-8000-0000000000aa',
};

function view(overrides: Partial<StaffView> = {}): StaffView {
  const members = new Map([
    [ids.owner, { id: ids.owner, roleId: 'owner', active: true }],
    [ids.manager, { id: ids.manager, roleId: 'manager', active: true }],
    [ids.cashier, { id: ids.cashier, roleId: 'cashier', active: true }],
    [ids.gone, { id: ids.gone, roleId: 'manager', active: false }],
    [ids.custom, { id: ids.custom, roleId: ids.pricer, active: true }],
  ]);
  const roles = new Map([[ids.pricer, { permissions: ['menu.editPrices'] }]]);
  return {
    staffSetUp: true,
    member: (id) => members.get(id) ?? null,
    role: (id) => roles.get(id) ?? null,
    ...overrides,
  };
}

const priceChange = requiredPermissions('menuItem.update', {}, [
  { op: 'patch', table: 'menuItem', id: 'x', fields: { priceFen: 2500 } },
]);

describe('permissions per role', () => {
  it.each([
    ['owner', 'menu.editPrices', true],
    ['owner', 'staff.manage', true],
    ['owner', 'some.futureRight', true],
    ['manager', 'menu.editPrices', true],
    ['manager', 'menu.import', true],
    ['manager', 'staff.manage', false],
    ['manager', 'staff.viewAudit', false],
    ['cashier', 'menu.editPrices', false],
    ['cashier', 'vendor.editProfile', false],
  ])('%s holds %s: %s', (role, permission, expected) => {
    expect(roleAllows(role, permission, null)).toBe(expected);
  });

  it('gives a custom role exactly its list, and an unknown custom role nothing', () => {
    expect(roleAllows(ids.pricer, 'menu.editPrices', { permissions: ['menu.editPrices'] })).toBe(
      true,
    );
    expect(roleAllows(ids.pricer, 'menu.import', { permissions: ['menu.editPrices'] })).toBe(false);
    expect(roleAllows(ids.pricer, 'menu.editPrices', null)).toBe(false);
    expect(memberAllows(view(), ids.custom, 'menu.editPrices')).toBe(true);
  });

  it('never lets an inactive member do or approve anything', () => {
    expect(memberAllows(view(), ids.gone, 'menu.editPrices')).toBe(false);
    expect(judgeAuthority(priceChange, { actorStaffId: ids.gone }, view())).toMatchObject({
      allowed: false,
      problem: 'actorInactive',
    });
  });
});

describe('which changes need a permission', () => {
  it('asks for editPrices only when a price is among the fields', () => {
    expect(priceChange).toEqual(['menu.editPrices']);
    expect(
      requiredPermissions('menuItem.update', {}, [
        { op: 'patch', table: 'menuItem', id: 'x', fields: { name: { zh: '面', en: null } } },
      ]),
    ).toEqual([]);
    // A change to an item's variants may move a variant's price.
    expect(
      requiredPermissions('menuItem.update', {}, [
        { op: 'patch', table: 'menuItem', id: 'x', fields: { variants: [] } },
      ]),
    ).toEqual(['menu.editPrices']);
    expect(requiredPermissions('menuCategory.create', {}, [])).toEqual([]);
    expect(requiredPermissions('staffMember.update', {}, [])).toEqual(['staff.manage']);
  });

  it('lists every declared permission grouped by part', () => {
    expect(permissionsByPart()).toEqual([
      { part: 'vendor', namespace: 'vendor', ids: ['vendor.editProfile'] },
      { part: 'menu', namespace: 'menu', ids: ['menu.editPrices', 'menu.import'] },
      { part: 'staff', namespace: 'staff', ids: ['staff.manage', 'staff.viewAudit'] },
      {
        part: 'customers',
        namespace: 'customers',
        ids: [
          'customers.refund',
          'customers.correct',
          'customers.merge',
          'customers.privacy',
          'customers.import',
          'customers.settings',
        ],
      },
      { part: 'bookings', namespace: 'bookings', ids: ['bookings.settings', 'bookings.deposits'] },
      {
        part: 'offers',
        namespace: 'offers',
        ids: ['offers.manage', 'offers.undoRedemption', 'offers.sellCard'],
      },
      {
        part: 'storefront',
        namespace: 'storefront',
        ids: ['storefront.edit', 'storefront.publish'],
      },
    ]);
  });
});

describe('the approval flow', () => {
  it('lets a cashier change a price only with an approver who holds the right', () => {
    expect(judgeAuthority(priceChange, { actorStaffId: ids.cashier }, view())).toEqual({
      allowed: false,
      problem: 'notPermitted',
      permission: 'menu.editPrices',
    });
    expect(
      judgeAuthority(
        priceChange,
        { actorStaffId: ids.cashier, approverStaffId: ids.manager },
        view(),
      ),
    ).toEqual({ allowed: true, approvedFor: ['menu.editPrices'] });
    expect(
      judgeAuthority(
        priceChange,
        { actorStaffId: ids.cashier, approverStaffId: ids.cashier },
        view(),
      ),
    ).toMatchObject({ allowed: false, problem: 'notPermitted' });
    expect(
      judgeAuthority(priceChange, { actorStaffId: ids.cashier, approverStaffId: ids.gone }, view()),
    ).toMatchObject({ allowed: false });
  });

  it('needs no approval for a member who holds the right', () => {
    expect(judgeAuthority(priceChange, { actorStaffId: ids.manager }, view())).toEqual({
      allowed: true,
      approvedFor: [],
    });
  });

  it('lets a shop without staff work as before, and refuses an unnamed change once staff exist', () => {
    expect(judgeAuthority(priceChange, {}, view({ staffSetUp: false }))).toMatchObject({
      allowed: true,
    });
    expect(judgeAuthority(priceChange, {}, view())).toMatchObject({
      allowed: false,
      problem: 'noActor',
    });
  });

  it('lets anyone make a change that needs no permission', () => {
    expect(judgeAuthority([], { actorStaffId: ids.cashier }, view())).toMatchObject({
      allowed: true,
    });
  });

  it('checks a manager approving staff changes, which only the owner may make', () => {
    expect(
      judgeAuthority(
        ['staff.manage'],
        { actorStaffId: ids.cashier, approverStaffId: ids.manager },
        view(),
      ),
    ).toMatchObject({ allowed: false, permission: 'staff.manage' });
    expect(
      judgeAuthority(
        ['staff.manage'],
        { actorStaffId: ids.cashier, approverStaffId: ids.owner },
        view(),
      ),
    ).toMatchObject({ allowed: true });
  });
});
