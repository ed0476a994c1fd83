/**
 * The demo shop a newcomer can sign in to at once. Idempotent: fixed ids and logins, created
 * only when missing, so running it at every start is harmless.
 */
import { createProvider, createVendor, linkProvider, LoginTakenError } from './accounts/store';
import type { Database } from './db/database';

export const DEMO = {
  vendorId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  vendorName: '演示小馆 Demo Bistro',
  login: 'demo@vendor.test',
  password: 'demo1234',
  providerId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
  providerName: '演示服务商 Demo Agency',
  providerLogin: 'demo@provider.test',
  providerPassword: 'demo1234',
} as const;

export interface DemoSeedResult {
  created: boolean;
}

export async function seedDemo(db: Database): Promise<DemoSeedResult> {
  const existing = await db.query('select 1 from vendors where id = $1', [DEMO.vendorId]);
  if (existing.length > 0) return { created: false };
  try {
    await createVendor(db, {
      id: DEMO.vendorId,
      name: DEMO.vendorName,
      login: DEMO.login,
      password: DEMO.password,
    });
    await createProvider(db, {
      id: DEMO.providerId,
      name: DEMO.providerName,
      login: DEMO.providerLogin,
      password: DEMO.providerPassword,
    });
    await linkProvider(db, DEMO.providerId, DEMO.vendorId);
  } catch (error) {
    // Another instance seeded at the same moment: its demo accounts are the same ones.
    if (error instanceof LoginTakenError || (error as { code?: string }).code === '23505')
      return { created: false };
    throw error;
  }
  return { created: true };
}
