/**
 * A video of QR codes for Chromium's fake camera (--use-file-for-fake-video-capture): the
 * module matrix of each text (the `qrcode` package) drawn as a luma raster with a quiet zone,
 * written as a Y4M file (YUV 4:2:0, grey: every chroma sample 128). Chromium loops the file, so
 * a clip is a sequence of scenes: `frames` frames of one text, then the next. No binary fixture
 * in the repo: the spec makes the video of the voucher it just issued.
 */
import { writeFileSync } from 'node:fs';
import type { PlaywrightTestOptions } from '@playwright/test';
import QRCode from 'qrcode';
import config from '../../playwright.config';

export interface QrScene {
  text: string;
  /** How many frames this scene lasts. */
  frames: number;
}

export interface QrVideoOptions {
  width?: number;
  height?: number;
  fps?: number;
  /** Light modules around the symbol; the QR standard asks for 4. */
  quietZone?: number;
}

/** The luma plane (0 dark, 255 light) of `text`'s QR, centred in width × height, as big as fits. */
export function qrLuma(
  text: string,
  width: number,
  height: number,
  quietZone = 4,
): { luma: Uint8Array; moduleSize: number; modules: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * quietZone;
  const moduleSize = Math.floor(Math.min(width, height) / span);
  if (moduleSize < 3)
    throw new Error(`a ${modules.size}-module QR does not fit in ${width}×${height}`);
  const left = Math.floor((width - modules.size * moduleSize) / 2);
  const top = Math.floor((height - modules.size * moduleSize) / 2);
  const luma = new Uint8Array(width * height).fill(235);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.data[row * modules.size + col]) continue;
      for (let y = 0; y < moduleSize; y += 1) {
        const start = (top + row * moduleSize + y) * width + left + col * moduleSize;
        luma.fill(16, start, start + moduleSize);
      }
    }
  }
  return { luma, moduleSize, modules: modules.size };
}

/** The Y4M bytes of the scenes, one after the other. */
export function qrVideo(scenes: readonly QrScene[], options: QrVideoOptions = {}): Buffer {
  const { width = 640, height = 480, fps = 5, quietZone = 4 } = options;
  if (width % 2 || height % 2) throw new Error('4:2:0 needs an even width and height');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frameHeader = Buffer.from('FRAME\n');
  const parts: Buffer[] = [header];
  for (const scene of scenes) {
    const { luma } = qrLuma(scene.text, width, height, quietZone);
    const frame = Buffer.concat([frameHeader, Buffer.from(luma), chroma]);
    for (let i = 0; i < scene.frames; i += 1) parts.push(frame);
  }
  return Buffer.concat(parts);
}

/** Writes the video to `path` (for the fake camera flag). */
export function writeQrVideo(path: string, scenes: readonly QrScene[], options?: QrVideoOptions) {
  writeFileSync(path, qrVideo(scenes, options));
}

/**
 * The `test.use` options of a spec whose Chromium has a fake camera showing the Y4M file at
 * `video` (write it with writeQrVideo before the camera opens), allowed without asking.
 */
export function fakeCamera(video: string): Pick<PlaywrightTestOptions, 'permissions'> & {
  launchOptions: NonNullable<typeof config.use>['launchOptions'];
} {
  const base = config.use?.launchOptions ?? {};
  return {
    permissions: ['camera'],
    launchOptions: {
      ...base,
      args: [
        ...(base.args ?? []),
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    },
  };
}
