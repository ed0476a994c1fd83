import type { LocaleShape } from '../../../shape';
import type zh from '../../zh-CN/offers/settings';

/** The redemption settings' texts. */
export default {
  settings: {
    intro: 'These settings hold for every desktop of the shop and sync to each.',
    undoWindowMin: 'A redemption can be undone for',
    undoWindowHelp:
      'Within this time the desk can undo a redemption (with a reason); after it, only a refund through the platform can.',
    minutes: 'minutes',
    unverifiedCap: 'Unverified vouchers one desktop may take a day',
    unverifiedCapHelp:
      'An unverified voucher has a genuine platform signature on its QR but has not reached this desktop yet (bought while the shop was offline, say). The platform confirms it once online. 0 means none.',
    perDay: 'a day',
    acceptUnknown: 'Accept typed codes this desktop does not know while offline',
    acceptUnknownRisk:
      'At the shop’s own risk: a code typed offline cannot be checked, nor whether it was used. If the platform later finds it unknown, used or refunded, Needs attention says so, and the money is to be collected from the customer.',
    acceptUnknownOff:
      'When off, a typed code this desktop does not know is refused while offline; scanned QR codes are not affected.',
    save: 'Save settings',
    saved: 'Redemption settings saved.',
    errors: {
      required: 'Required.',
      tooSmall: 'Below the smallest allowed.',
      tooLarge: 'Above the largest allowed.',
      invalid: 'Enter a whole number.',
    },
  },
} satisfies LocaleShape<typeof zh>;
