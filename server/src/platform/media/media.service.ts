// Public images: re-encoded from untrusted bytes (the same checks as every upload: format by content, pixel limit,
// no metadata) into screen-sized JPEG variants, stored under a new random id.
import { randomBytes } from 'node:crypto';
import { MEDIA_VARIANT_WIDTHS, type MediaVariant, mediaPath } from '@zz/shared';
import sharp from 'sharp';
import { MAX_INPUT_PIXELS, sniffImageFormat } from '../uploads/image';
import { refuse } from '../uploads/upload.errors';
import type { MediaStorage } from './media-storage';

export interface StoredMediaImage {
  id: string;
  /** The screen variant's path: what bodies and covers store. */
  path: string;
  width: number;
  height: number;
  byteSize: number;
}

const JPEG_QUALITY = 82;

/** Stores every variant of the image (each at most its width, never enlarged); refuses what is not an image. */
export async function storeMediaImage(storage: MediaStorage, input: Buffer): Promise<StoredMediaImage> {
  if (sniffImageFormat(input) === null) throw refuse.notAnImage();
  const id = randomBytes(16).toString('hex');
  let original: { width: number; height: number };
  let byteSize = 0;
  try {
    const decoded = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated', autoOrient: true });
    const meta = await decoded.metadata();
    original = {
      width: meta.autoOrient?.width ?? meta.width ?? 0,
      height: meta.autoOrient?.height ?? meta.height ?? 0,
    };
    for (const variant of Object.keys(MEDIA_VARIANT_WIDTHS) as MediaVariant[]) {
      const bytes = await decoded
        .clone()
        .resize({ width: MEDIA_VARIANT_WIDTHS[variant], withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: JPEG_QUALITY, progressive: true })
        .toBuffer();
      if (variant === 'screen') byteSize = bytes.length;
      await storage.put(`${id}/${MEDIA_VARIANT_WIDTHS[variant]}.jpg`, bytes, 'image/jpeg');
    }
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw refuse.tooManyPixels();
    throw refuse.notAnImage();
  }
  return { id, path: mediaPath(id, 'screen'), ...original, byteSize };
}
