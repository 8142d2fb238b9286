// Public images: re-encoded from untrusted bytes (the same checks as every upload: format by content, pixel limit,
// no metadata) into screen-sized JPEG variants, stored under a new random id and recorded in the media table.
import { randomBytes } from 'node:crypto';
import { isUploadId, MEDIA_VARIANT_WIDTHS, type MediaVariant, mediaPath } from '@zz/shared';
import sharp from 'sharp';
import type { Executor } from '../../db/database';
import { MAX_INPUT_PIXELS, sniffImageFormat } from '../uploads/image';
import { refuse, UploadRefusal } from '../uploads/upload.errors';
import { findMediaByIds, insertMedia } from './media.repository';
import type { MediaStorage } from './media-storage';

export interface StoredMediaImage {
  id: string;
  /** The screen variant's path: what bodies and covers store. */
  path: string;
  /** Of the original, upright. */
  width: number;
  height: number;
  /** Of the screen variant. */
  byteSize: number;
}

const JPEG_QUALITY = 82;
const VARIANTS = Object.keys(MEDIA_VARIANT_WIDTHS) as MediaVariant[];

/** The key of one variant in MediaStorage: '<id>/<width>.jpg', the public path without '/media/'. */
export const mediaKey = (id: string, variant: MediaVariant) => `${id}/${MEDIA_VARIANT_WIDTHS[variant]}.jpg`;

/**
 * Stores every variant of the image (each at most its width, never enlarged); refuses what is not an image, or a
 * picture whose header claims more pixels than MAX_INPUT_PIXELS (a decompression bomb), before decoding it.
 * Every variant is encoded before the first is stored, so a refusal leaves nothing behind.
 */
export async function storeMediaImage(storage: MediaStorage, input: Buffer): Promise<StoredMediaImage> {
  if (sniffImageFormat(input) === null) throw refuse.notAnImage();
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated', autoOrient: true } as const;
  const encoded: Array<{ variant: MediaVariant; bytes: Buffer }> = [];
  let original: { width: number; height: number };
  try {
    const meta = await sharp(input, options).metadata();
    // The header alone says how big the decoded picture would be: refuse without allocating it.
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) throw refuse.tooManyPixels();
    original = {
      width: meta.autoOrient?.width ?? meta.width ?? 0,
      height: meta.autoOrient?.height ?? meta.height ?? 0,
    };
    if (original.width === 0 || original.height === 0) throw refuse.notAnImage();
    for (const variant of VARIANTS) {
      // A fresh pipeline per variant: sharp writes no metadata unless asked (no EXIF, GPS, XMP, ICC), and an encoded
      // JPEG ends at its own end-of-image marker, so nothing appended to the input (a polyglot's payload) survives.
      const bytes = await sharp(input, options)
        .resize({ width: MEDIA_VARIANT_WIDTHS[variant], withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: JPEG_QUALITY, progressive: true })
        .toBuffer();
      encoded.push({ variant, bytes });
    }
  } catch (error) {
    if (error instanceof UploadRefusal) throw error;
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw refuse.tooManyPixels();
    throw refuse.notAnImage();
  }
  const id = randomBytes(16).toString('hex');
  for (const { variant, bytes } of encoded) await storage.put(mediaKey(id, variant), bytes, 'image/jpeg');
  const screen = encoded.find((e) => e.variant === 'screen')?.bytes.length ?? 0;
  return { id, path: mediaPath(id, 'screen'), ...original, byteSize: screen };
}

/** Stores the image (storeMediaImage) and records who uploaded it; the row is written once the files exist. */
export async function createMediaImage(
  deps: { db: Executor; storage: MediaStorage; now: number },
  uploadedBy: number,
  input: Buffer,
): Promise<StoredMediaImage> {
  const image = await storeMediaImage(deps.storage, input);
  await insertMedia(deps.db, {
    id: image.id,
    uploaded_by: uploadedBy,
    width: image.width,
    height: image.height,
    byte_size: image.byteSize,
    created_at: deps.now,
  });
  return image;
}

/**
 * The original sizes of stored images by id, for those of `ids` that exist (one query, none for no ids): what an
 * editor's cover or body image is checked against on save, and what MediaImage.width/height report.
 */
export async function describeMediaImages(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { width: number; height: number }>> {
  const distinct = [...new Set(ids)].filter(isUploadId);
  if (distinct.length === 0) return new Map();
  const rows = await findMediaByIds(db, distinct);
  return new Map(rows.map((row) => [row.id, { width: row.width, height: row.height }]));
}
