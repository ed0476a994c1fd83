/**
 * The platform's storefront routes the versions tab calls online (platform/storefront): claiming
 * or changing the shop's address (`/s/<slug>`), and a signed, expiring link to preview the draft
 * on a phone. Only the platform knows who holds a slug, so this cannot be done offline; every
 * answer is checked, and each failure comes back as a reason the tab words at the field.
 */
import { z } from 'zod';
import { errorResponseSchema } from '@domain/sync/protocol';
import { storefrontSiteSchema, type StorefrontSite } from '@domain/storefront/schema';

import type { PlatformAccess } from '../../platform-api/access';

export type { PlatformAccess };

export type SiteFailure = 'taken' | 'invalid' | 'offline' | 'failed';
export type SetSlugResult = { ok: true; site: StorefrontSite } | { ok: false; reason: SiteFailure };

export const storefrontApiPaths = {
  site: (vendorId: string) => `/v1/vendors/${encodeURIComponent(vendorId)}/storefront/site`,
  previewLink: (vendorId: string) =>
    `/v1/vendors/${encodeURIComponent(vendorId)}/storefront/preview-link`,
} as const;

const siteResponseSchema = z.object({ site: storefrontSiteSchema });
const previewResponseSchema = z.object({ url: z.string().min(1), expiresAt: z.number().int() });
export type PreviewLink = z.infer<typeof previewResponseSchema>;

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const base = (access: PlatformAccess) => access.platformUrl.replace(/\/+$/, '');

async function post(
  access: PlatformAccess,
  path: string,
  body: unknown,
  fetchImpl: FetchLike,
): Promise<{ status: number; json: unknown } | null> {
  try {
    const response = await fetchImpl(base(access) + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${access.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, json };
  } catch {
    return null;
  }
}

/** Claims `slug` for the shop (or changes its address to it). */
export async function setSiteSlug(
  access: PlatformAccess,
  vendorId: string,
  slug: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<SetSlugResult> {
  const answer = await post(access, storefrontApiPaths.site(vendorId), { slug }, fetchImpl);
  if (!answer) return { ok: false, reason: 'offline' };
  if (answer.status === 200) {
    const parsed = siteResponseSchema.safeParse(answer.json);
    return parsed.success ? { ok: true, site: parsed.data.site } : { ok: false, reason: 'failed' };
  }
  // The platform's refusals are { code, message } (domain/sync/protocol.ts).
  const error = errorResponseSchema.safeParse(answer.json);
  const code = error.success ? error.data.code : null;
  if (answer.status === 409 && code === 'slug_taken') return { ok: false, reason: 'taken' };
  if (answer.status === 400 && code === 'slug_invalid') return { ok: false, reason: 'invalid' };
  return { ok: false, reason: 'failed' };
}

/** A signed link to the draft for the shop's phone; its URL made absolute on the platform. */
export async function makePreviewLink(
  access: PlatformAccess,
  vendorId: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<PreviewLink | null> {
  const answer = await post(access, storefrontApiPaths.previewLink(vendorId), {}, fetchImpl);
  if (!answer || answer.status !== 200) return null;
  const parsed = previewResponseSchema.safeParse(answer.json);
  if (!parsed.success) return null;
  return { ...parsed.data, url: new URL(parsed.data.url, base(access) + '/').toString() };
}

/** The public page's full address on the platform. */
export const publicUrl = (platformUrl: string, path: string): string =>
  new URL(path, platformUrl.replace(/\/+$/, '') + '/').toString();
