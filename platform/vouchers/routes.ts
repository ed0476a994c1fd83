/**
 * `GET /v1/vendors/:vendorId/voucher-keys`: the public keys a desk needs to check voucher QR
 * codes offline (current and retired). Under the vendor scope like sync: the keys are the
 * platform's, not the shop's, but only the shop's own devices have a reason to fetch them.
 */
import type { FastifyInstance } from 'fastify';
import type { VoucherKeysResponse } from '../../domain/vouchers/keys';
import type { Database } from '../db/database';
import { publicVoucherKeys } from './signing-keys';

/** Register inside the /v1/vendors/:vendorId scope. */
export function voucherKeyRoutes(scope: FastifyInstance, db: Database): void {
  scope.get('/voucher-keys', async (): Promise<VoucherKeysResponse> => ({
    keys: await publicVoucherKeys(db),
  }));
}
