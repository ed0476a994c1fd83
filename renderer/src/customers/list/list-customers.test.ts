import { describe, expect, it } from 'vitest';
import { buildCustomerSearchIndex } from '@domain/customers/search';
import { findDuplicatePhones, summarizeCustomers } from '@domain/customers/summary';
import type { Customer, CustomerPersonal } from '@domain/customers/schema';
import { listCustomers, noFilters } from './list-customers';
import type { CustomerListData } from './use-customer-list';

const id = (n: number) => `0195a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const customer = (n: number, over: Partial<Customer> = {}): Customer => ({
  id: id(n),
  source: 'shop',
  createdAt: n,
  consent: null,
  mergedInto: null,
  erasedAt: null,
  ...over,
});
const person = (n: number, name: string, phone: string | null): CustomerPersonal => ({
  id: id(n),
  name,
  phone,
  gender: null,
  birthday: null,
  tags: n === 2 ? ['常客'] : [],
  note: '',
});

function data(): CustomerListData {
  const customers = [customer(1), customer(2), customer(3), customer(4, { mergedInto: id(1) })];
  const people = [
    person(1, '张三', '13812341234'),
    person(2, '李四', '13900005678'),
    person(3, '王五', '13812341234'),
    person(4, '张三丰', '13700009999'),
  ];
  return {
    customers,
    summaries: summarizeCustomers({
      customers,
      storedValue: [],
      points: [],
      sales: [],
      tiers: [],
      today: '2026-12-02',
    }),
    personalById: new Map(people.map((p) => [p.id, p])),
    accountOf: new Map(customers.map((c) => [c.id, c.mergedInto ?? c.id])),
    duplicates: findDuplicatePhones(people, customers),
    tiers: [],
    tags: ['常客'],
  };
}

describe('the customer list', () => {
  const list = data();
  const index = buildCustomerSearchIndex([...list.personalById.values()]);

  it('shows every account newest first, flagging the ones sharing a phone', () => {
    const listed = listCustomers(list, index, noFilters, 0);
    expect(listed.map((row) => [row.personal?.name, row.duplicate])).toEqual([
      ['王五', true],
      ['李四', false],
      ['张三', true],
    ]);
    expect(listed.every((row) => !row.wholePhoneMatch)).toBe(true);
  });

  it('finds by the last four digits, and an alias found leads to its account once', () => {
    expect(
      listCustomers(list, index, { ...noFilters, query: '9999' }, 0).map((r) => r.personal?.name),
    ).toEqual(['张三']);
    expect(
      listCustomers(list, index, { ...noFilters, query: 'zs' }, 0).map((r) => r.accountId),
    ).toEqual([id(1)]);
  });

  it('shows the whole phone only to a search by the whole phone', () => {
    const [row] = listCustomers(list, index, { ...noFilters, query: '139 0000 5678' }, 0);
    expect(row).toMatchObject({ accountId: id(2), wholePhoneMatch: true });
  });

  it('filters by tag and by balance', () => {
    expect(
      listCustomers(list, index, { ...noFilters, tag: '常客' }, 0).map((r) => r.accountId),
    ).toEqual([id(2)]);
    expect(listCustomers(list, index, { ...noFilters, balance: 'positive' }, 0)).toEqual([]);
  });
});
