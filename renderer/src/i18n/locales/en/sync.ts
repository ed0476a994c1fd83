import type { LocaleShape } from '../../shape';
import type zh from '../zh-CN/sync';

export default {
  page: {
    title: 'Sync',
    intro:
      'Every change is saved on this computer first. When online, it goes up to the platform, and changes from your other computers and your customers come down.',
    notSignedIn:
      'This shop profile is not connected to a platform account yet: changes stay on this computer only. Sign in to sync.',
  },
  status: {
    title: 'Sync status',
    online: 'Online',
    offline: 'Offline',
    checking: 'Connecting to the platform…',
    lastSynced: 'Last synced: {{time}}',
    neverSynced: 'Not synced yet',
    syncing: 'Syncing…',
    syncNow: 'Sync now',
    nextRetry: 'Retrying automatically at {{time}}',
    liveUpdates: 'Live updates connected: changes from other computers appear within seconds',
    noLiveUpdates: 'Live updates not connected: checking the platform every minute',
    waitingForShop: 'Automatic sync is paused until the problem above is dealt with.',
  },
  progress: {
    label: 'Sync progress',
    pushing_one: 'Sending changes ({{count}} sent)',
    pushing_other: 'Sending changes ({{count}} sent)',
    pulling_one: 'Downloading from the platform ({{count}} record received)',
    pulling_other: 'Downloading from the platform ({{count}} records received)',
    verifying: 'Checking that this computer matches the platform',
    repairing:
      'This computer did not match the platform: downloading that part again (unsent changes are kept)',
    firstSync:
      "First sync: downloading all of this shop's data. You can keep using the console meanwhile.",
  },
  error: {
    title: 'Sync did not finish',
    offline:
      'Cannot reach the platform. Your changes are saved on this computer and will be sent when the network is back.',
    platform_unavailable:
      'The platform is not answering right now. Your changes are saved on this computer; retrying shortly.',
    rate_limited: 'Too many requests: the platform asked us to wait. Retrying shortly.',
    signed_out:
      'Your sign-in is no longer valid (perhaps signed out elsewhere). Sign in again; your changes are kept until then.',
    bad_credentials: 'Wrong login or password.',
    forbidden:
      'This account may no longer manage this shop. Ask the shop owner or your service provider.',
    client_too_old:
      'This console is too old for the platform. Update the console; your changes are kept.',
    client_too_new:
      'The platform is older than this console, so sync is on hold. Ask the platform administrator to update it; your changes are kept.',
    rejected_request:
      'The platform refused the sync request. Contact support; your changes stay on this computer.',
    bad_response: 'The platform sent data that did not check out. Retrying shortly.',
    platform_behind:
      "The platform's data is older than this computer's (perhaps restored from a backup). Downloading again; unsent changes are kept.",
    store_failed:
      "This computer's database cannot be written right now (the disk may be full). Free some space; retrying shortly.",
  },
  pending: {
    title: 'Changes waiting to be sent',
    empty: 'All changes have been sent.',
    sent: 'Received, waiting for the platform to confirm',
    waiting: 'Waiting to be sent',
    more_one: '{{count}} more change not listed',
    more_other: '{{count}} more changes not listed',
  },
  attention: {
    title: 'Needs attention',
    empty: 'Nothing needs attention.',
    intro:
      'The platform did not accept these changes (from whichever computer in the shop). They have been taken back, and the data is the platform’s again. Once dealt with or dismissed, an item leaves every computer in the shop.',
    madeAt: 'Changed at: {{time}}',
    record: 'Affects: {{records}}',
    whatToDo: 'What to do: {{todo}}',
    dismiss: 'Got it',
    technical: 'Technical details',
    unnamed: '(unnamed)',
    reason: {
      unknown_mutation:
        'The platform does not know this kind of change (the console may be newer than the platform).',
      invalid_args: 'The change did not meet the platform’s rules.',
      unsupported_version: 'The change came from a console version that is no longer supported.',
      invariant_violated: 'The change clashed with a change from another computer or a customer.',
    },
    todo: {
      unknown_mutation:
        'Ask the platform administrator to update the platform, then redo the change.',
      invalid_args: 'Open the record, check it and make the change again.',
      unsupported_version: 'Update the console, then redo the change.',
      invariant_violated:
        'Look at the latest data from the platform, then decide whether to redo it.',
    },
  },
  change: {
    by: 'By {{actor}}',
    byApproved: 'By {{actor}}, approved by {{approver}}',
    someone: '(a member no longer listed)',
    withRecords: '{{what}}: {{records}}',
    separator: ', ',
  },
  mutation: {
    unknown: 'Change ({{name}})',
  },
  header: {
    lastSynced: 'Synced {{time}}',
    syncing: 'Syncing…',
    error: 'Sync problem',
    attention_one: '{{count}} needs attention',
    attention_other: '{{count}} need attention',
    localOnly: 'Not connected',
    open: 'Open sync details',
  },
  part: {
    name: 'Sync',
    tables: { attentionItem: 'Needs attention' },
    changes: { attentionItem: { settle: 'Deal with a needs-attention item' } },
  },
} as const satisfies LocaleShape<typeof zh>;
