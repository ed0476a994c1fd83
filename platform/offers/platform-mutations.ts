/**
 * Group-buy mutations only the platform makes (platform/sync/originate.ts): no desk can send
 * them, because the push route does not know them. A voucher is written by the platform alone —
 * issued when its payment is confirmed, made valid when its group fills, refunded or expired by a
 * job — and desks learn each step by sync.
 */
import { z } from 'zod';
import { defineMutation } from '../../domain/mutations/define';
import { voucherSchema } from '../../domain/offers/schema';

export const putVoucher = defineMutation({
  name: 'voucher.put',
  version: 1,
  args: z.object({ vouchers: z.array(voucherSchema).min(1).max(100) }),
  ops: ({ vouchers }) => vouchers.map((row) => ({ op: 'put', table: 'voucher', row })),
});
