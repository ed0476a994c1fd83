import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/customers/counter';

export default {
  charge: {
    title: 'Charge {{name}}',
    customer: 'Customer',
    balance: 'Stored value',
    points: 'Points',
    discount: 'Tier discount',
    discountText: '{{percent}}% off',
    offline:
      'This computer is offline: stored value is taken from the balance it knows, and the platform checks it once back online.',
    amount: 'Amount (CNY)',
    method: 'Paid with',
    restMethod: 'Pay the rest with',
    short:
      'The stored value ({{available}}) does not cover it: {{rest}} short. Choose how the rest is paid to split the payment.',
    splitSummary: '{{storedValue}} from stored value, {{rest}} by {{method}}.',
    pointsShort: 'Not enough points: {{needed}} needed, {{available}} held.',
    pointsCannotPay: 'This shop does not take points as payment.',
    pointsUsed: 'Uses {{count}} points.',
    earns: 'Earns {{count}} points.',
    submit: 'Charge',
    errors: {
      empty: 'Enter an amount',
      not_a_number: 'Enter an amount such as 25 or 25.50',
      too_many_decimals: 'At most two decimals',
      negative: 'The amount cannot be negative',
      too_large: 'The amount is too large',
      zero: 'The amount must be more than 0',
    },
    offlineCap: {
      title: 'Over the offline stored-value limit',
      body: 'This computer is offline, so the platform cannot check the balance. This customer has already spent {{spent}} of stored value offline today; with this {{spend}} that is over the shop’s daily offline limit of {{cap}} (by {{over}}). If another computer spent the same balance, the difference must be collected later. Charge anyway?',
      ok: 'Charge anyway',
    },
    done: {
      title: 'Charged {{amount}}',
      receipt: 'Receipt no. {{receiptNo}}',
      earned: '{{count}} points earned',
      close: 'Done',
    },
  },
  topUp: {
    title: 'Top up stored value',
    plan: 'Top-up plan',
    planLabel: 'Pay {{pay}}, get {{bonus}} extra',
    custom: 'Type an amount (no bonus)',
    amount: 'Amount (CNY)',
    paidWith: 'Paid with',
    submit: 'Top up',
    done: 'Topped up',
  },
} as const satisfies LocaleShape<typeof zh>;
