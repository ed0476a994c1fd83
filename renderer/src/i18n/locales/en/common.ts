import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/common';

export default {
  appName: 'Vendor Console',
  nav: {
    label: 'Main navigation',
    dashboard: 'Dashboard',
    menu: 'Menu',
    bookings: 'Bookings',
    groupbuy: 'Group-buys',
    customers: 'Customers',
    storefront: 'Storefront',
    sync: 'Sync',
    staff: 'Staff',
    settings: 'Settings',
  },
  header: {
    profile: 'Shop profile',
    addProfile: 'New shop profile…',
    online: 'Online',
    offline: 'Offline',
    pending_one: '{{count}} change waiting to sync',
    pending_other: '{{count}} changes waiting to sync',
    allSynced: 'All changes are saved on this device',
  },
  notBuilt: {
    title: '{{page}} is not available yet',
    body: 'This part is still being built and will open in a later version. Everything you saved elsewhere is safe on this device.',
  },
  dashboard: {
    welcome: 'Welcome, {{name}}',
    today: 'Business day {{date}} ({{zone}})',
    hours: 'Opening hours today',
    closedToday: 'Closed today',
    pendingTitle: 'Changes waiting to sync',
    profileTitle: 'Shop details',
  },
  errors: {
    quota_exceeded:
      'The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.',
    invalid_input: 'Some fields need attention: check the ones marked in red.',
    failed: 'Could not save. Please try again; everything saved before is safe.',
    versionchange: 'Vendor Console was updated in another window. Reloading…',
    desktopOnly: 'This feature needs the Vendor Console desktop app.',
    not_permitted:
      'This change needs the approval of a member who may make it; without it, nothing was saved.',
  },
  update: {
    title: 'A new version is available',
    body: 'Reload to use it. Save anything you are typing first.',
    reload: 'Reload',
    later: 'Later',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    create: 'Create',
  },
} as const satisfies LocaleShape<typeof zh>;
