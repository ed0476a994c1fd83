import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/customers/attention';

export default {
  attention: {
    erasedCustomer: 'An erased customer',
    unknownCustomer: 'A customer',
    otherSpend:
      'The other spend of {{amount}} was made at {{time}} on {{desk}} (receipt {{receipt}}).',
    otherSpendNoReceipt: 'The other spend of {{amount}} was made at {{time}}.',
    otherPointsSpend:
      'The other use of {{amount}} points was made at {{time}} on {{desk}} (receipt {{receipt}}).',
    otherPointsSpendNoReceipt: 'The other use of {{amount}} points was made at {{time}}.',
    thisDesk: 'this computer',
    otherDesk: 'computer {{code}}',
    reason: { label: 'Reason', required: 'Give a reason', ok: 'OK' },
  },
} as const satisfies LocaleShape<typeof zh>;
