/**
 * The console's client for the media endpoints (docs/media.md): is an image there, upload one,
 * fetch a variant. Every failure is a MediaError with a code: the platform's own (its refusals
 * are final), or 'offline' / 'timeout' / 'http_<status>' for the ones worth trying again.
 */
import { AUTH_SCHEME, errorResponseSchema } from '@domain/sync/protocol';
import {
  mediaMimeSchema,
  mediaPaths,
  mediaRefusalSchema,
  mediaUploadResponseSchema,
  type MediaUploadResponse,
  type MediaVariant,
} from '@domain/media/protocol';
import type { FetchLike } from '../platform-api/platform-client';

export class MediaError extends Error {
  constructor(
    readonly code: string,
    readonly status?: number,
  ) {
    super(code);
    this.name = 'MediaError';
  }

  /** The platform refused the image itself: sending the same bytes again would be refused too. */
  get final(): boolean {
    return mediaRefusalSchema.safeParse(this.code).success || this.code === 'hash_mismatch';
  }

  /** No answer at all: try again as soon as the network is back, whatever the backoff says. */
  get unreachable(): boolean {
    return this.code === 'offline' || this.code === 'timeout';
  }
}

export interface MediaClientOptions {
  baseUrl: string;
  vendorId: string;
  token: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export class MediaClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;

  constructor(private readonly options: MediaClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** True when the platform already has this image for the shop (an upload can be skipped). */
  async has(hash: string): Promise<boolean> {
    const response = await this.send(mediaPaths.image(this.options.vendorId, hash), 'HEAD');
    if (response.status === 404) return false;
    await this.check(response);
    return true;
  }

  async upload(image: Blob): Promise<MediaUploadResponse> {
    const declared = mediaMimeSchema.safeParse(image.type);
    const response = await this.send(mediaPaths.upload(this.options.vendorId), 'POST', {
      body: image,
      contentType: declared.success ? declared.data : 'application/octet-stream',
    });
    await this.check(response);
    const parsed = mediaUploadResponseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new MediaError('bad_response', response.status);
    return parsed.data;
  }

  /** A variant's bytes; null while the platform has no such image (not uploaded yet). */
  async variant(hash: string, variant: MediaVariant): Promise<Blob | null> {
    const path = mediaPaths.variant(this.options.vendorId, hash, variant);
    const response = await this.send(path, 'GET');
    if (response.status === 404) return null;
    await this.check(response);
    const blob = await response.blob();
    if (!mediaMimeSchema.safeParse(blob.type).success) throw new MediaError('bad_response');
    return blob;
  }

  private async send(
    path: string,
    method: string,
    upload?: { body: Blob; contentType: string },
  ): Promise<Response> {
    const headers: Record<string, string> = {
      authorization: `${AUTH_SCHEME} ${this.options.token}`,
    };
    if (upload) headers['content-type'] = upload.contentType;
    try {
      return await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: upload?.body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new MediaError(timedOut ? 'timeout' : 'offline');
    }
  }

  private async check(response: Response): Promise<void> {
    if (response.ok) return;
    const problem = errorResponseSchema.safeParse(await response.json().catch(() => null));
    throw new MediaError(
      problem.success ? problem.data.code : `http_${response.status}`,
      response.status,
    );
  }
}
