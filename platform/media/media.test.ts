/**
 * The media endpoints over HTTP against a real platform on loopback, on each backend: upload and
 * idempotent re-upload, type sniffing (a PNG sent as JPEG, text sent as PNG, a PNG header over
 * junk), the size limit and the shop's quota, the variants' sizes (never enlarged), the cache
 * headers and ETag, and scope (another shop's token, another shop's hash, the public read).
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaPaths, type MediaVariant } from '../../domain/media/protocol';
import { MemoryTokenBuckets } from '../bookings/rate-limit';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { startTestPlatform, type Device, type TestPlatform } from '../test/server';

/** A real photo-like JPEG or PNG made by an encoder, not a hand-made header. */
async function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg') {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    pixels[i] = (x * 255) / width;
    pixels[i + 1] = 90;
    pixels[i + 2] = 160;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

// Tests read arbitrary JSON answers and assert on them, so `any` is the honest type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = (response: Response): Promise<any> => response.json();

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(backends)('the media endpoints on %s', (backend) => {
  let platform: TestPlatform;
  let shopA: { vendorId: string; device: Device };
  let shopB: { vendorId: string; device: Device };

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      media: {
        maxUploadBytes: 2 * 1024 * 1024,
        vendorQuotaBytes: 6 * 1024 * 1024,
        limiter: new MemoryTokenBuckets({ media: { capacity: 30, perMinute: 1 } }),
      },
    });
    shopA = await platform.vendor('老王面馆');
    shopB = await platform.vendor('Hotpot House');
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  function upload(
    bytes: Uint8Array,
    type: string,
    shop: { vendorId: string; device: Device } = shopA,
    token = shop.device.token,
  ) {
    return fetch(platform.url + mediaPaths.upload(shop.vendorId), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: bytes,
    });
  }

  const imageCount = async (vendorId: string) =>
    Number(
      (
        await platform.db.query<{ n: number }>(
          'select count(*) as n from media_images where vendor_id = $1',
          [vendorId],
        )
      )[0]!.n,
    );

  it('stores an upload under its SHA-256 with variants of 320, 800 and 1600 px, and a second upload of the same bytes is a no-op', async () => {
    const bytes = await photo(2000, 1500);
    const first = await upload(bytes, 'image/jpeg');
    expect(first.status).toBe(201);
    const image = await body(first);
    expect(image).toMatchObject({
      hash: sha256(bytes),
      mime: 'image/jpeg',
      width: 2000,
      height: 1500,
      byteSize: bytes.length,
      created: true,
    });
    const sizes = Object.fromEntries(
      image.variants.map((v: { variant: string; width: number; height: number }) => [
        v.variant,
        [v.width, v.height],
      ]),
    );
    expect(sizes).toEqual({ thumb: [320, 240], medium: [800, 600], large: [1600, 1200] });

    // Each variant decodes to the size it says, as WebP.
    for (const variant of ['thumb', 'medium', 'large'] as MediaVariant[]) {
      const response = await fetch(
        platform.url + mediaPaths.variant(shopA.vendorId, image.hash, variant),
        { headers: { authorization: `Bearer ${shopA.device.token}` } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', ...sizes[variant]]);
    }

    const again = await upload(bytes, 'application/octet-stream');
    expect(again.status).toBe(200);
    expect(await body(again)).toMatchObject({ hash: image.hash, created: false });
    expect(await imageCount(shopA.vendorId)).toBe(1);

    const exists = await fetch(platform.url + mediaPaths.image(shopA.vendorId, image.hash), {
      method: 'HEAD',
      headers: { authorization: `Bearer ${shopA.device.token}` },
    });
    expect(exists.status).toBe(200);
    const missing = await fetch(platform.url + mediaPaths.image(shopA.vendorId, 'a'.repeat(64)), {
      headers: { authorization: `Bearer ${shopA.device.token}` },
    });
    expect(missing.status).toBe(404);
    expect((await body(missing)).code).toBe('media_not_found');
  });

  it('never enlarges a small image, and takes PNG and WebP too', async () => {
    for (const format of ['png', 'webp'] as const) {
      const bytes = await photo(200, 120, format);
      const response = await upload(bytes, `image/${format}`);
      expect(response.status).toBe(201);
      const image = await body(response);
      expect(image.mime).toBe(`image/${format}`);
      for (const variant of image.variants) {
        expect([variant.width, variant.height]).toEqual([200, 120]);
      }
    }
  });

  it('keeps one image when two desktops upload the same bytes at once', async () => {
    const bytes = await photo(640, 480);
    const answers = await Promise.all([upload(bytes, 'image/jpeg'), upload(bytes, 'image/jpeg')]);
    const created = await Promise.all(answers.map(async (answer) => (await body(answer)).created));
    // Whoever wrote first says created; the other says it was there (both succeed).
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect(created.sort()).toEqual([false, true]);
    const rows = await platform.db.query(
      'select variant from media_variants where vendor_id = $1 and hash = $2 order by variant',
      [shopA.vendorId, sha256(bytes)],
    );
    expect(rows.map((row) => row.variant)).toEqual(['large', 'medium', 'original', 'thumb']);
  });

  it('turns a phone photo upright by its EXIF orientation and strips its metadata', async () => {
    // Stored 400 × 200 with "rotate 90° clockwise to view": upright it is 200 × 400.
    const bytes = await sharp(await photo(400, 200))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const image = await body(await upload(bytes, 'image/jpeg'));
    expect([image.width, image.height]).toEqual([200, 400]);
    const response = await fetch(
      platform.url + mediaPaths.variant(shopA.vendorId, image.hash, 'thumb'),
      { headers: { authorization: `Bearer ${shopA.device.token}` } },
    );
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([
      160,
      320,
      undefined,
      undefined,
    ]);
  });

  it('serves a variant publicly with a year of immutable cache, an ETag, nosniff, and 304 for the ETag', async () => {
    const bytes = await photo(900, 600);
    const { hash } = await body(await upload(bytes, 'image/jpeg'));
    const url = platform.url + mediaPaths.publicVariant(shopA.vendorId, hash, 'medium');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('image/webp');
    const etag = response.headers.get('etag');
    expect(etag).toBe(`"${hash}-medium"`);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(800);

    const revalidated = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');

    // Another shop's address does not serve this shop's image.
    const elsewhere = await fetch(
      platform.url + mediaPaths.publicVariant(shopB.vendorId, hash, 'medium'),
    );
    expect(elsewhere.status).toBe(404);
  });

  it('refuses by content, not by what the request says: a PNG sent as JPEG, text sent as PNG, a PNG header over junk', async () => {
    const before = await imageCount(shopA.vendorId);
    const png = await photo(50, 50, 'png');
    const lie = await upload(png, 'image/jpeg');
    expect(lie.status).toBe(415);
    expect(await body(lie)).toMatchObject({ code: 'image_type_mismatch' });

    const text = await upload(Buffer.from('这不是图片 not an image at all'), 'image/png');
    expect(text.status).toBe(415);
    expect((await body(text)).code).toBe('not_an_image');

    const html = await upload(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'application/octet-stream',
    );
    expect((await body(html)).code).toBe('not_an_image');

    const junk = Buffer.concat([png.subarray(0, 8), Buffer.alloc(400, 7)]);
    const unreadable = await upload(junk, 'image/png');
    expect(unreadable.status).toBe(422);
    expect((await body(unreadable)).code).toBe('image_unreadable');

    const gif = await upload(Buffer.from('GIF89a'), 'image/gif');
    expect(gif.status).toBe(415);
    expect((await body(gif)).code).toBe('unsupported_media_type');

    const json = await fetch(platform.url + mediaPaths.upload(shopA.vendorId), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${shopA.device.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ image: 'x' }),
    });
    expect(json.status).toBe(415);
    expect(await imageCount(shopA.vendorId)).toBe(before);
  });

  it('refuses an upload over the size limit with 413, and one over the shop quota', async () => {
    const tooBig = Buffer.concat([await photo(64, 64), Buffer.alloc(2 * 1024 * 1024)]);
    const response = await upload(tooBig, 'image/jpeg');
    expect(response.status).toBe(413);
    expect((await body(response)).code).toBe('body_too_large');

    // Shop B's quota (6 MB) fills with noisy 1.9 MB PNGs: the one that would pass it is refused.
    const noisy = (seed: number) => {
      const pixels = Buffer.alloc(800 * 800 * 3);
      let state = seed;
      for (let i = 0; i < pixels.length; i += 1) {
        state = (state * 1103515245 + 12345) >>> 0;
        pixels[i] = state >>> 24;
      }
      return sharp(pixels, { raw: { width: 800, height: 800, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
    };
    const answers: number[] = [];
    for (let seed = 1; seed <= 4; seed += 1) {
      const bytes = await noisy(seed);
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
      const answer = await upload(bytes, 'image/png', shopB);
      answers.push(answer.status);
      if (answer.status === 413) expect((await body(answer)).code).toBe('media_quota_exceeded');
    }
    expect(answers.slice(0, 2)).toEqual([201, 201]);
    expect(answers.at(-1)).toBe(413);
  });

  it("refuses another shop's token and keeps each shop's images to itself", async () => {
    const bytes = await photo(300, 300);
    const refused = await upload(bytes, 'image/jpeg', shopA, shopB.device.token);
    expect(refused.status).toBe(403);
    const anonymous = await fetch(platform.url + mediaPaths.upload(shopA.vendorId), {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg' },
      body: bytes,
    });
    expect(anonymous.status).toBe(401);

    const { hash } = await body(await upload(bytes, 'image/jpeg'));
    const read = (vendorId: string, token: string) =>
      fetch(platform.url + mediaPaths.variant(vendorId, hash, 'thumb'), {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await read(shopA.vendorId, shopB.device.token)).status).toBe(403);
    expect((await read(shopB.vendorId, shopB.device.token)).status).toBe(404);
    expect((await read(shopA.vendorId, shopA.device.token)).status).toBe(200);
  });

  it('rate-limits the public read per address', async () => {
    const url = platform.url + mediaPaths.publicVariant(shopA.vendorId, 'b'.repeat(64), 'thumb');
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) statuses.push((await fetch(url)).status);
    expect(statuses).toContain(404);
    expect(statuses.at(-1)).toBe(429);
  });
});
