/**
 * Customer mutations only the platform makes (platform/sync/originate.ts): no desk can send
 * them, because the push route does not know them. Points expiry is one: its entries are written
 * by the platform's job alone (platform/jobs/points-expiry.ts), each with an id derived from the
 * lot it expires, so a job that runs twice or late appends nothing new.
 */
import { z } from 'zod';
import { pointsEntrySchema } from '../../domain/customers/schema';
import { pointsNeverBelowZero } from '../../domain/customers/invariants/balance-below-zero';
import { defineMutation } from '../../domain/mutations/define';
import { defineInvariant } from '../../domain/sync/invariants';

export const expirePoints = defineMutation({
  name: 'points.expire',
  version: 1,
  args: z.object({
    entries: z
      .array(
        pointsEntrySchema.refine(
          (entry) => entry.kind === 'expire' && entry.points < 0 && entry.expires !== null,
          'expire',
        ),
      )
      .min(1)
      .max(500),
  }),
  ops: ({ entries }) => entries.map((row) => ({ op: 'append', table: 'pointsEntry', row })),
});

/**
 * An expiry never takes an account below zero either: the job reads the lots outside the push
 * transaction, so a redemption that arrived in between and used the same lot turns it down (the
 * next run finds nothing left to expire).
 */
export const expiryNeverBelowZero = defineInvariant({
  ...pointsNeverBelowZero,
  mutation: expirePoints.name,
});
