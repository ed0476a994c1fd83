/**
 * The sync wire contract between the console and the platform (docs/sync-protocol.md explains
 * it). Both ends import these schemas: the platform validates every request with them and the
 * client can validate every response. Changing a shape here is a protocol change: bump
 * PROTOCOL_VERSION and keep the platform accepting MIN_PROTOCOL_VERSION.
 */
import { z } from 'zod';
import { outboxEntrySchema } from '../outbox';
import { storableTextSchema } from '../text';

/**
 * The protocol version this build speaks; sent on every push and pull. Version 2 lets a pull
 * page end part-way through one mutation's rows (`resumeAfter`), so no page exceeds its limit.
 */
export const PROTOCOL_VERSION = 2;
/** The oldest client protocol the platform still serves. */
export const MIN_PROTOCOL_VERSION = 1;
/** At most this many mutations per push; the client sends the rest in the next push. */
export const MAX_PUSH_MUTATIONS = 500;
/**
 * The platform's body limit: the client packs a push's mutations into at most this many bytes
 * of JSON (one mutation is at most MAX_MUTATION_BYTES, domain/menu/mutations/limits.ts).
 */
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;
/**
 * A push stops taking mutations once the next would take its row operations past this; the
 * response then covers a prefix (no gap) and the client sends the rest in its next push. The
 * first mutation is always taken, so a push always moves on. Bounds how long one push holds
 * the vendor's lock, and on PGlite the whole platform.
 */
export const MAX_ROW_OPS_PER_PUSH = 5_000;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;
/** The header carrying the device token: `Authorization: Bearer <token>`. */
export const AUTH_SCHEME = 'Bearer';

const vendorIdSchema = z.uuid();
/** A server change sequence number: per vendor, starts at 0 (nothing seen), never reused. */
export const cursorSchema = z.number().int().nonnegative();

// ---------------------------------------------------------------- accounts

export const signInRequestSchema = z.object({
  /** An e-mail address or a user name; compared case-insensitively. */
  login: storableTextSchema.trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  /** Made once per installation (per browser profile); its pushes are checked against it. */
  deviceId: z.uuid(),
  /**
   * The secret the platform issued with this device id at its first sign-in. Without it (or
   * with a wrong one) a device id the platform knows is not given out: the answer names a new
   * device id, and a new secret, for this installation to adopt.
   */
  deviceSecret: z.string().min(1).max(128).optional(),
  /** Shown in the shop's device list, e.g. "前台电脑". */
  deviceName: storableTextSchema.trim().min(1).max(100),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const accountKindSchema = z.enum(['vendor', 'provider']);
export const vendorAccessSchema = z.object({ id: vendorIdSchema, name: z.string() });
export type VendorAccess = z.infer<typeof vendorAccessSchema>;

export const accountSchema = z.object({
  kind: accountKindSchema,
  /** The vendor's id for a vendor account, the provider's id for a provider account. */
  id: z.uuid(),
  name: z.string(),
  login: z.string(),
});

export const meResponseSchema = z.object({
  account: accountSchema,
  deviceId: z.uuid(),
  /** Every vendor this token may sync: one for a shop account, the linked shops for a provider. */
  vendors: z.array(vendorAccessSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const signInResponseSchema = meResponseSchema.extend({
  /** 32 random bytes, base64url. The platform keeps only its SHA-256; keep it secret. */
  token: z.string(),
  /**
   * Present when `deviceId` is new to the platform (the one asked for, or a new one given out
   * instead): keep it beside the device id and send it on every later sign-in with that id.
   */
  deviceSecret: z.string().optional(),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

// ---------------------------------------------------------------- push

/** Mutation names are dotted identifiers ('vendorProfile.update'); anything else is a broken client. */
export const mutationNameSchema = z.string().regex(/^[A-Za-z][\w.-]{0,63}$/, 'mutation name');

export const pushRequestSchema = z.object({
  protocolVersion: z.number().int(),
  /** The console's own version, for the platform's logs only. */
  clientVersion: storableTextSchema.max(64).optional(),
  /** Must equal the device the token was issued to, and every mutation's deviceId. */
  deviceId: z.uuid(),
  /** This device's outbox entries for this vendor, in seq order. */
  mutations: z
    .array(outboxEntrySchema.extend({ name: mutationNameSchema }))
    .max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why a mutation was permanently rejected; the console maps each code to a message. */
export const rejectionReasonSchema = z.enum([
  'unknown_mutation',
  'invalid_args',
  'unsupported_version',
  /** A platform invariant (balance below zero, stock oversold, double booking, ...) said no. */
  'invariant_violated',
]);
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;

export const rejectedMutationSchema = z.object({
  status: z.literal('rejected'),
  mutationId: z.uuid(),
  seq: z.number().int(),
  /** The mutation's name, so a rejection can be shown even after its outbox entry is gone. */
  name: z.string(),
  serverSeq: cursorSchema,
  reason: rejectionReasonSchema,
  /** Which rule said no, e.g. 'storedValue.balanceBelowZero'; stable, for the console's i18n. */
  rule: z.string().optional(),
  /** A developer-facing explanation (English); the console shows its own words. */
  message: z.string(),
  /** Facts for the shop's message, e.g. { balanceFen: 300, requestedFen: 500 }. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type RejectedMutation = z.infer<typeof rejectedMutationSchema>;

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('applied'),
    mutationId: z.uuid(),
    seq: z.number().int(),
    serverSeq: cursorSchema,
  }),
  /**
   * Already processed (applied or rejected then), by this device or under another seq or
   * device id: not applied again. `verdict` is what the platform decided the first time;
   * optional, so a console still understands a platform that does not send it.
   */
  z.object({
    status: z.literal('duplicate'),
    mutationId: z.uuid(),
    seq: z.number().int(),
    verdict: z
      .object({
        status: z.enum(['applied', 'rejected']),
        serverSeq: cursorSchema,
        reason: rejectionReasonSchema.optional(),
        rule: z.string().optional(),
      })
      .optional(),
  }),
  rejectedMutationSchema,
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  /** One result per mutation processed, in order; mutations after a gap have none. */
  results: z.array(mutationResultSchema),
  /** The highest seq of this device the platform has processed (applied or rejected). */
  lastProcessedSeq: z.number().int().nonnegative(),
  /** Present when a seq was missing: processing stopped; resend from expectedSeq. */
  gap: z.object({ expectedSeq: z.number().int(), receivedSeq: z.number().int() }).optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

// ---------------------------------------------------------------- pull

/** The protocol version from which a pull page may stop inside a mutation (see `resumeAfter`). */
export const SPLIT_PAGES_SINCE = 2;

/**
 * A whole number written in decimal digits, as pullSearch writes it. z.coerce.number() would
 * also read '0x10' as 16, '1e3' as 1000 and '' as 0.
 */
const queryNumberSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'a whole number in decimal digits')
  .transform(Number);

export const pullQuerySchema = z.object({
  protocolVersion: queryNumberSchema,
  cursor: queryNumberSchema.default(0),
  limit: queryNumberSchema.pipe(z.number().min(1).max(MAX_PULL_LIMIT)).default(DEFAULT_PULL_LIMIT),
  /** The previous page's `resumeAfter`, sent back unchanged with its `nextCursor`. */
  after: storableTextSchema.min(1).max(2000).optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** The pull's query string as pullQuerySchema reads it; this build's protocol unless told. */
export function pullSearch({
  cursor,
  limit,
  after,
  protocolVersion = PROTOCOL_VERSION,
}: {
  cursor: number;
  limit?: number;
  after?: string | null;
  protocolVersion?: number;
}): string {
  const query = new URLSearchParams({
    protocolVersion: String(protocolVersion),
    cursor: String(cursor),
  });
  if (limit !== undefined) query.set('limit', String(limit));
  if (after) query.set('after', after);
  return query.toString();
}

export const entityChangeSchema = z.object({
  kind: z.literal('entity'),
  table: z.string(),
  id: z.string(),
  /** The record's whole current state; null when deleted. */
  row: z.record(z.string(), z.unknown()).nullable(),
  deleted: z.boolean(),
  serverSeq: cursorSchema,
});
export const ledgerChangeSchema = z.object({
  kind: z.literal('ledger'),
  table: z.string(),
  id: z.string(),
  row: z.record(z.string(), z.unknown()),
  serverSeq: cursorSchema,
});
export const changeSchema = z.discriminatedUnion('kind', [entityChangeSchema, ledgerChangeSchema]);
export type EntityChange = z.infer<typeof entityChangeSchema>;
export type LedgerChange = z.infer<typeof ledgerChangeSchema>;
export type Change = z.infer<typeof changeSchema>;

export const deviceProgressSchema = z.object({
  deviceId: z.uuid(),
  lastProcessedSeq: z.number().int().nonnegative(),
});

export const pullResponseSchema = z.object({
  /**
   * Changes after the cursor (and after `after`), ascending by server seq. Whole mutations up to
   * nextCursor, then, when `resumeAfter` is set, the first rows of the next one.
   */
  changes: z.array(changeSchema),
  /** Send this as the next cursor. Save it only with the page's rows, in one transaction. */
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
  /**
   * Protocol 2: the page stopped part-way through a mutation's rows. Save it with nextCursor and
   * send it back as `after`; absent when the page ends on a whole mutation.
   */
  resumeAfter: z.string().min(1).max(2000).optional(),
  /**
   * The vendor's highest server seq in this page's snapshot: how far this pull goes, for a
   * progress bar. Optional, so a console still understands a platform that does not send it.
   */
  latestCursor: cursorSchema.optional(),
  /** The asking device's last processed seq as of nextCursor (consistent with `changes`). */
  lastProcessedSeq: z.number().int().nonnegative(),
  /**
   * This account's devices of this vendor, as of now; informational (the Sync page's device
   * list). Other accounts' device ids are not shown: an id is half of what a sign-in needs.
   */
  devices: z.array(deviceProgressSchema),
  /** The asking device's mutations rejected with serverSeq in (cursor, nextCursor]. */
  rejections: z.array(rejectedMutationSchema),
  /** Per synced table, the checksum of the platform's rows as of nextCursor; on the last page only. */
  checksums: z.record(z.string(), z.string()).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---------------------------------------------------------------- errors and poke

/** Every 4xx/5xx body. `code` is stable (the console maps it to words); `message` is for logs. */
export const errorResponseSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** 426 codes: the console tells the shop to update (too old) or that the platform is older. */
export const versionErrorCodes = ['client_too_old', 'client_too_new'] as const;

/** The server-sent event name on GET /v1/vendors/:vendorId/poke; it carries no data. */
export const POKE_EVENT = 'poke';

/** The HTTP paths, so both ends spell them once. */
export const syncPaths = {
  health: '/health',
  signIn: '/v1/sign-in',
  signOut: '/v1/sign-out',
  me: '/v1/me',
  push: (vendorId: string) => `/v1/vendors/${vendorId}/push`,
  pull: (vendorId: string) => `/v1/vendors/${vendorId}/pull`,
  poke: (vendorId: string) => `/v1/vendors/${vendorId}/poke`,
} as const;
