import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/account';

export default {
  title: 'Platform account',
  intro:
    "Sign in to the shop's platform account and changes on this computer sync with the platform and your shop's other computers. The account's shop opens after signing in.",
  form: {
    platformUrl: 'Platform address',
    platformUrlHelp: 'Keep the default when you use the platform that comes with the console.',
    login: 'Login (e-mail)',
    password: 'Password',
    deviceName: 'Name of this computer',
    deviceNameHelp: "Shown in the platform's device list, so you can tell the computers apart.",
    deviceNameDefault: 'Front desk',
    submit: 'Sign in',
    demo: 'Use the demo shop',
    demoHelp:
      "No sign-up: sign in to the platform's demo shop and see several computers sync right away.",
  },
  validation: {
    urlInvalid: 'Enter a platform address starting with http:// or https://',
    loginRequired: 'Enter your login',
    passwordRequired: 'Enter your password',
    deviceNameRequired: 'Give this computer a name',
  },
  errors: {
    bad_credentials: 'Wrong login or password.',
    offline: 'Cannot reach the platform. Check the network and the platform address.',
    platform_unavailable: 'The platform is not answering right now. Try again shortly.',
    rate_limited: 'Too many sign-in attempts. Try again in a little while.',
    rate_limited_seconds: 'Too many failed sign-ins. Try again in {{seconds}} s.',
    rate_limited_minutes: 'Too many failed sign-ins. Try again in {{minutes}} min.',
    no_shops: 'This account has no shops yet.',
    bad_url: 'That platform address is not valid.',
    platform_not_allowed:
      'That platform address cannot be used here: the desktop app connects only to https addresses or a platform on this computer, the browser console only to the platform it was started with.',
    client_too_old: 'This console is too old. Update it first.',
    client_too_new: 'The platform is older than this console. Ask the platform administrator.',
    failed: 'Signing in did not work. Try again shortly.',
  },
  storage: {
    weak: 'In the browser your sign-in is kept in the browser’s own database, without the operating system’s encryption: weaker than the desktop app. Sign out when you finish on a shared computer.',
    secure: 'Your sign-in is kept on this computer, encrypted by the operating system.',
  },
  signedIn: {
    title: 'Signed in to the platform',
    account: 'Account: {{name}} ({{login}})',
    kind: {
      vendor: 'Shop account',
      provider: 'Service provider account',
    },
    platform: 'Platform: {{url}}',
    since: 'Signed in: {{time}}',
    signOut: 'Sign out',
    confirmTitle: 'Sign out of the platform account?',
    confirmBody: "The shop's data stays on this computer and syncs again after you sign in.",
    confirmPending_one:
      '{{count}} change has not been sent yet. It stays on this computer and is sent after you sign in again.',
    confirmPending_other:
      '{{count}} changes have not been sent yet. They stay on this computer and are sent after you sign in again.',
    signedOut: 'Signed out of the platform account',
    welcome: "Signed in: syncing {{shop}}'s data…",
  },
} as const satisfies LocaleShape<typeof zh>;
