/**
 * The console's HTTP client for the platform: one method per endpoint of the sync protocol
 * (docs/sync-protocol.md). Every answer is checked against the shared wire schemas, every failure
 * becomes a SyncError with a code, and no request waits longer than its timeout.
 */
import {
  voucherKeysPath,
  voucherKeysResponseSchema,
  type VoucherKeysResponse,
} from '@domain/vouchers/keys';
import type { z } from 'zod';
import {
  AUTH_SCHEME,
  PROTOCOL_VERSION,
  errorResponseSchema,
  meResponseSchema,
  pullResponseSchema,
  pullSearch,
  pushResponseSchema,
  signInResponseSchema,
  syncPaths,
  type MeResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SignInRequest,
  type SignInResponse,
} from '@domain/sync/protocol';
import {
  auditPath,
  auditResponseSchema,
  type AuditQuery,
  type AuditResponse,
} from '@domain/staff/audit';
import { retryAfterSecondsOf, SyncError, syncErrorFromHttp } from './sync-error';

/** A device's sign-in for one vendor: where, as which device, with which token. */
export interface SyncSession {
  platformUrl: string;
  deviceId: string;
  token: string;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface PlatformClientOptions {
  baseUrl: string;
  token?: string | null;
  fetch?: FetchLike;
  /** Per request; a pull of a large page may take a while on a slow line. */
  timeoutMs?: number;
  clientVersion?: string;
}

/** Where a pull page starts: the saved cursor and, inside a large mutation, the row after which. */
export interface PullFrom {
  cursor: number;
  resumeAfter: string | null;
}

export class PlatformClient {
  readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;

  constructor(private readonly options: PlatformClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** True when the platform answers its health check: the only proof of being online. */
  async health(timeoutMs = 5_000): Promise<boolean> {
    try {
      const response = await this.fetchImpl(this.baseUrl + syncPaths.health, {
        signal: AbortSignal.timeout(timeoutMs),
        cache: 'no-store',
      });
      await response.body?.cancel().catch(() => undefined);
      return response.ok;
    } catch {
      return false;
    }
  }

  signIn(request: SignInRequest): Promise<SignInResponse> {
    return this.request('POST', syncPaths.signIn, signInResponseSchema, request);
  }

  async signOut(): Promise<void> {
    await this.request('POST', syncPaths.signOut, null);
  }

  me(): Promise<MeResponse> {
    return this.request('GET', syncPaths.me, meResponseSchema);
  }

  push(vendorId: string, body: Omit<PushRequest, 'protocolVersion'>): Promise<PushResponse> {
    const request: PushRequest = {
      protocolVersion: PROTOCOL_VERSION,
      clientVersion: this.options.clientVersion,
      ...body,
    };
    return this.request('POST', syncPaths.push(vendorId), pushResponseSchema, request);
  }

  pull(vendorId: string, from: PullFrom, limit: number): Promise<PullResponse> {
    const query = pullSearch({ cursor: from.cursor, limit, after: from.resumeAfter });
    return this.request('GET', `${syncPaths.pull(vendorId)}?${query}`, pullResponseSchema);
  }

  /** A page of the shop's audit log of changes that needed a right, newest first. */
  audit(vendorId: string, query: Partial<AuditQuery>): Promise<AuditResponse> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) search.set(key, String(value));
    }
    return this.request('GET', `${auditPath(vendorId)}?${search}`, auditResponseSchema);
  }

  /** The platform's voucher public keys (current and retired), so QRs verify offline. */
  voucherKeys(vendorId: string): Promise<VoucherKeysResponse> {
    return this.request('GET', voucherKeysPath(vendorId), voucherKeysResponseSchema);
  }

  /** The poke stream's URL; EventSource cannot send headers, so the token rides in the query. */
  pokeUrl(vendorId: string): string {
    const token = encodeURIComponent(this.options.token ?? '');
    return `${this.baseUrl}${syncPaths.poke(vendorId)}?token=${token}`;
  }

  private async request<T>(
    method: string,
    path: string,
    schema: z.ZodType<T> | null,
    body?: unknown,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.options.token) headers.authorization = `${AUTH_SCHEME} ${this.options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
        cache: 'no-store',
      });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new SyncError(timedOut ? 'platform_unavailable' : 'offline', String(error));
    }
    const raw = parseJson(text);
    if (!response.ok) {
      const problem = errorResponseSchema.safeParse(raw);
      const code = problem.success ? problem.data.code : undefined;
      const message = problem.success ? problem.data.message : text.slice(0, 200);
      const retryAfter = retryAfterSecondsOf(response.headers.get('retry-after'));
      throw syncErrorFromHttp(response.status, code, `${method} ${path}: ${message}`, retryAfter);
    }
    if (!schema) return undefined as T;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      throw new SyncError('bad_response', `${method} ${path}: ${parsed.error.message}`);
    }
    return parsed.data;
  }
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
