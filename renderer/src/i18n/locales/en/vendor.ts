import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/vendor';

export default {
  firstRun: {
    title: 'Get started with Vendor Console',
    intro:
      'Welcome to Vendor Console. Tell us about your shop first. Everything is saved on this computer first, so it keeps working without a network.',
    createTab: 'Create on this computer',
    signInTab: 'Sign in to the platform',
    signInIntro:
      'Already have a shop on the platform? Sign in and its data is downloaded to this computer. To look around first, use the demo shop.',
  },
  newProfile: {
    title: 'New shop profile',
  },
  form: {
    name: 'Shop name',
    namePlaceholder: "e.g. Wang's Braised Chicken (Xuhui)",
    category: 'Business category',
    address: 'Address',
    addressPlaceholder: 'Province / city / district / street and number',
    phone: 'Phone',
    phonePlaceholder: 'Mobile, or landline with area code',
    openingHours: 'Opening hours',
    closed: 'Closed',
    open: 'Open',
    openAt: '{{day}} opening time',
    closeAt: '{{day}} closing time',
    overnightHint: 'A closing time before the opening time means open past midnight.',
    timeZone: 'Time zone',
    currency: 'Currency',
    cutoff: 'Business day starts at',
    cutoffHelp: 'Sales before this time (say 1 a.m.) count towards the previous business day.',
    submit: 'Create shop profile',
    created: 'Shop profile created',
  },
  weekday: {
    1: 'Monday',
    2: 'Tuesday',
    3: 'Wednesday',
    4: 'Thursday',
    5: 'Friday',
    6: 'Saturday',
    7: 'Sunday',
  },
  category: {
    restaurant: 'Restaurant',
    cafe: 'Café & tea',
    bar: 'Bar',
    salon: 'Salon & beauty',
    hotel: 'Hotel & guesthouse',
    clinic: 'Clinic & health',
    laundry: 'Laundry',
    repair: 'Repair',
    retail: 'Retail',
    other: 'Other',
  },
  currencyName: {
    CNY: 'Chinese yuan (CNY)',
  },
  validation: {
    nameRequired: 'Enter the shop name',
    nameTooLong: 'The shop name can be at most 60 characters',
    categoryRequired: 'Choose a business category',
    addressRequired: 'Enter the address',
    addressTooLong: 'The address can be at most 200 characters',
    phoneRequired: 'Enter a phone number',
    phoneInvalid:
      'That phone number is not valid: use an 11-digit mobile number or a landline with area code (e.g. 021-12345678)',
    hoursRequired: 'Enter the opening and closing times for {{day}}, or mark it closed',
    hoursEmpty: 'Opening and closing times on {{day}} cannot be the same',
    timeZoneInvalid: 'Choose a valid time zone',
  },
  part: {
    name: 'Shop profile',
    permissions: { vendor: { editProfile: 'Edit the shop details' } },
    tables: { vendorProfile: 'Shop profile' },
    changes: { vendorProfile: { create: 'Create shop profile', update: 'Edit shop details' } },
  },
} as const satisfies LocaleShape<typeof zh>;
