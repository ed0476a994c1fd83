/**
 * What the profile and the charge dialog show of one account, from its entries alone: the
 * stored-value balance (principal and bonus apart), points, the tier held and the way to the
 * next, the last visit, the points expiring soon, and today's offline spend (the offline cap).
 */
import {
  lastVisitAt,
  offlineSpentOn,
  pointsBalance,
  storedValueBalance,
  type StoredValueBalance,
} from '@domain/customers/ledger';
import { expiringBy, type ExpiryPolicy } from '@domain/customers/points-expiry';
import type { CustomerSettings, CustomerTier } from '@domain/customers/schema';
import { nextTier, tierFigures, tierOf, type TierFigures } from '@domain/customers/tiers';
import type { CustomerAccount } from './use-customers';

export interface AccountFigures {
  balance: StoredValueBalance;
  points: number;
  figures: TierFigures;
  tier: CustomerTier | null;
  next: { tier: CustomerTier; missing: number; progress: number } | null;
  lastVisitAt: number | null;
  /** Points that expire within the next 30 days (0 when points never expire). */
  expiringSoon: number;
  offlineSpentTodayFen: number;
}

const SOON_MS = 30 * 24 * 60 * 60 * 1000;

export function accountFigures(
  account: Pick<CustomerAccount, 'storedValue' | 'points' | 'sales'>,
  tiers: readonly CustomerTier[],
  settings: Pick<CustomerSettings, 'pointsExpiryMonths'>,
  clock: { today: string; now: number; timeZone: string; cutoffMinutes: number },
): AccountFigures {
  const figures = tierFigures(account.points, account.sales, clock.today);
  const up = nextTier(tiers, figures);
  const policy: ExpiryPolicy | null = settings.pointsExpiryMonths
    ? {
        months: settings.pointsExpiryMonths,
        timeZone: clock.timeZone,
        cutoffMinutes: clock.cutoffMinutes,
      }
    : null;
  return {
    balance: storedValueBalance(account.storedValue),
    points: pointsBalance(account.points),
    figures,
    tier: tierOf(tiers, figures),
    next: up && {
      ...up,
      progress: up.tier.threshold > 0 ? 1 - up.missing / up.tier.threshold : 1,
    },
    lastVisitAt: lastVisitAt(account.sales),
    expiringSoon: policy ? expiringBy(account.points, policy, clock.now + SOON_MS) : 0,
    offlineSpentTodayFen: offlineSpentOn(account.storedValue, clock.today),
  };
}
