import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/customers/privacy';

export default {
  privacyLog: {
    tab: 'Privacy log',
    title: 'Exports and erasures of personal data',
    intro:
      'Every export of one customer’s data, every list exported with whole phone numbers and every erasure at a customer’s request is recorded here. Erased customers appear by their id only.',
    empty: 'No exports or erasures yet.',
    columns: { at: 'When', kind: 'What', customer: 'Customer id', by: 'By', count: 'Customers' },
    kinds: {
      export: 'Exported a customer’s data',
      erasure: 'Erased a customer’s personal data',
      wholeNumberExport: 'Exported the list with whole phone numbers',
    },
    nobody: 'This computer (owner)',
    allCustomers: 'Customer list',
    open: 'Open customer',
  },
} as const satisfies LocaleShape<typeof zh>;
