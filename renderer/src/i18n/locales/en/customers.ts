/**
 * The customers part's texts. The manifest's texts are under `part`; the pages' texts sit in
 * customers/*.ts, one file per area, gathered here.
 */
import transferTexts from './customers/transfer';
import attention from './customers/attention';
import counter from './customers/counter';
import page from './customers/page';
import privacy from './customers/privacy';
import profile from './customers/profile';
import settings from './customers/settings';
import vouchers from './customers/vouchers';

export default {
  ...page,
  ...profile,
  ...counter,
  ...settings,
  ...attention,
  ...privacy,
  ...vouchers,
  transfer: transferTexts,
  part: {
    name: 'Customers',
    tables: {
      customer: 'Customers',
      customerPersonal: 'Customer details',
      customerTier: 'Membership tiers',
      topUpPlan: 'Top-up plans',
      customerSettings: 'Membership settings',
      storedValueEntry: 'Stored-value entries',
      pointsEntry: 'Points entries',
      saleEntry: 'Payments',
      privacyLogEntry: 'Privacy log',
    },
    changes: {
      customer: {
        create: 'Add customer',
        update: 'Edit customer details',
        setConsent: 'Change marketing consent',
        merge: 'Merge duplicate customers',
        erase: 'Erase customer’s personal data',
        charge: 'Charge customer',
      },
      privacy: { logExport: 'Export customer data' },
      storedValue: {
        topUp: 'Top up stored value',
        refund: 'Refund stored value',
        reverse: 'Reverse a stored-value entry',
      },
      points: { adjust: 'Adjust points' },
      customers: { import: 'Import customers' },
      customerTier: { put: 'Save membership tier', delete: 'Delete membership tier' },
      topUpPlan: { put: 'Save top-up plan' },
      customerSettings: { put: 'Change membership settings' },
    },
    rules: {
      storedValue: {
        belowZero: {
          message:
            '{{customerName}} does not have enough stored value: this charge takes {{requestedTotal}}, the platform has {{availableTotal}} left, {{shortfall}} short. {{otherSpend}}',
          todo: 'Two computers spent the same balance while offline. Collect the difference from the customer, or record it as the shop’s loss with a reason. The balance on both computers is back to the platform’s figure.',
          actions: {
            collectDifference: 'Take the rest of the balance, collect {{shortfall}} in cash',
            writeOffDifference: 'Take the rest of the balance, record the difference as a loss…',
          },
        },
      },
      points: {
        belowZero: {
          message:
            '{{customerName}} does not have enough points: this charge uses {{requestedTotal}}, the platform has {{availableTotal}} left. {{otherSpend}}',
          todo: 'Two computers used the same points while offline. Take cash for that part instead, or dismiss this.',
          actions: { payPointsInCash: 'Take cash for the points part' },
        },
      },
      customer: {
        erased: {
          message:
            'This customer’s personal data was erased at their request on {{erasedAtText}}; the change was not accepted.',
          todo: 'Erased data cannot be brought back. If the customer agrees, register them again as a new customer.',
        },
      },
    },
    permissions: {
      customers: {
        refund: 'Refund stored value',
        correct: 'Reverse entries and adjust points',
        merge: 'Merge customers',
        privacy: 'Export and erase customers’ personal data',
        import: 'Import customers',
        settings: 'Tiers, top-up plans and points rules',
      },
    },
  },
};
