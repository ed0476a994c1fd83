/** The membership settings' changes: tiers, top-up plans and the shop's points and stored-value rules. */
import { newId } from '@domain/ids';
import {
  deleteCustomerTier,
  putCustomerSettings,
  putCustomerTier,
  putTopUpPlan,
} from '@domain/customers/mutations';
import type { CustomerSettings, CustomerTier, TopUpPlan } from '@domain/customers/schema';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';

export const saveSettings = (db: VendorDb, settings: CustomerSettings) =>
  mutate(db, putCustomerSettings, settings);

export const saveTier = (
  db: VendorDb,
  tier: Omit<CustomerTier, 'id' | 'createdAt'> & { id?: string; createdAt?: number },
) =>
  mutate(db, putCustomerTier, {
    ...tier,
    id: tier.id ?? newId(),
    createdAt: tier.createdAt ?? Date.now(),
  });

export const removeTier = (db: VendorDb, id: string) => mutate(db, deleteCustomerTier, { id });

export const savePlan = (
  db: VendorDb,
  plan: Omit<TopUpPlan, 'id' | 'createdAt'> & { id?: string; createdAt?: number },
) =>
  mutate(db, putTopUpPlan, {
    ...plan,
    id: plan.id ?? newId(),
    createdAt: plan.createdAt ?? Date.now(),
  });
