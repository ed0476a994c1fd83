/**
 * Seeds a shop with N customers on this origin as the console would hold them: the profile and
 * the customers (with a top-up and some points each, so every row has figures to sum) through the
 * mutation layer, in customers.import batches. Also the plain-list baseline: the same rows read
 * from the same database and written into the DOM as plain table rows, all of them, no React.
 */
import { newId } from '@domain/ids';
import { importCustomers } from '@domain/customers/mutations';
import type { Customer, CustomerPersonal } from '@domain/customers/schema';
import { maskPhone } from '@domain/customers/phone';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { createVendorProfile } from '@domain/vendor/mutations';
import { markProfileOpened, recordProfile } from '../../renderer/src/db/directory';
import { mutate } from '../../renderer/src/db/mutate';
import { VendorDb } from '../../renderer/src/db/vendor-db';
import { openBenchDb } from './store';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
const BATCH = 5_000;

export interface CustomersSeed {
  vendorId: string;
  /** The newest customer's name: the list's first row. */
  firstName: string;
}

export async function seedCustomers(options: { customers: number }): Promise<CustomersSeed> {
  const profile = sampleVendorProfile();
  const db = await openBenchDb(profile.id);
  const base = Date.now() - options.customers * 1_000;
  let firstName = '';
  try {
    await mutate(db, createVendorProfile, profile);
    for (let start = 0; start < options.customers; start += BATCH) {
      const creates: Array<{ customer: Customer; personal: CustomerPersonal }> = [];
      const storedValue = [];
      const points = [];
      for (let i = start; i < Math.min(options.customers, start + BATCH); i += 1) {
        const id = newId();
        const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 20]}${GIVEN[Math.floor(i / 400) % 20]}`;
        firstName = name;
        const createdAt = base + i * 1_000;
        creates.push({
          customer: {
            id,
            source: 'import',
            createdAt,
            consent: null,
            mergedInto: null,
            erasedAt: null,
          },
          personal: {
            id,
            name,
            phone: `13${String(100_000_000 + i * 7).slice(-9)}`,
            gender: null,
            birthday: null,
            tags: [],
            note: '',
          },
        });
        const entry = {
          customerId: id,
          at: createdAt,
          businessDate: '2026-12-01',
          receiptNo: null,
          staffId: null,
          saleId: null,
          reverses: null,
          reason: null,
        };
        storedValue.push({
          ...entry,
          id: newId(),
          kind: 'opening' as const,
          principalFen: (i % 50) * 1_000,
          bonusFen: (i % 5) * 100,
          planId: null,
          paidWith: null,
          offline: false,
        });
        points.push({
          ...entry,
          id: newId(),
          kind: 'opening' as const,
          points: i % 900,
          expires: null,
        });
      }
      await mutate(db, importCustomers, { creates, updates: [], storedValue, points });
    }
    const now = Date.now();
    await recordProfile({
      vendorId: profile.id,
      name: profile.name,
      createdAt: now,
      lastOpenedAt: now,
    });
    await markProfileOpened(profile.id);
    return { vendorId: profile.id, firstName };
  } finally {
    db.close();
  }
}

/**
 * The baseline: the customers and their people read from the vendor database and every one
 * written as a plain table row (name, masked phone), newest first, with no summaries and no
 * windowing. Runs on the bench page when its address carries `?plainCustomers=<vendorId>`.
 */
export async function renderPlainCustomerList(vendorId: string): Promise<void> {
  const db = new VendorDb(vendorId);
  const [customers, people] = await Promise.all([
    db.customer.toArray(),
    db.customerPersonal.toArray(),
  ]);
  const byId = new Map(people.map((person) => [person.id, person]));
  customers.sort((a, b) => b.createdAt - a.createdAt);
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  for (const customer of customers) {
    const person = byId.get(customer.id);
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = person?.name ?? '';
    const phone = document.createElement('td');
    phone.textContent = person?.phone ? maskPhone(person.phone) : '';
    row.append(name, phone);
    body.append(row);
  }
  table.append(body);
  document.body.append(table);
  db.close();
}
