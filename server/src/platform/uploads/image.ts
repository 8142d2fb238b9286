// Turns untrusted bytes into a clean JPEG, or refuses them: the format is decided by the file's own first bytes
// (never the declared type or name), the image is decoded and encoded again, turned upright, bounded in size,
// and leaves with no metadata at all (EXIF with GPS and camera, XMP, IPTC, ICC).
import sharp from 'sharp';
import { refuse } from './upload.errors';

// libvips keeps recent images in an operation cache; identity documents must not outlive their request.
sharp.cache(false);

/** Phone cameras go up to 50 MP; more than that is a decompression bomb, refused from the header alone. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Longest side of the stored image: a document stays legible at print resolution for A4. */
export const MAX_OUTPUT_SIDE = 2400;
const JPEG_QUALITY = 85;

export type ImageFormat = 'jpeg' | 'png' | 'webp';

/** The format named by the magic bytes, or null. Only these three reach a decoder (no SVG, PDF, TIFF, GIF). */
export function sniffImageFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'webp';
  return null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface CleanImage {
  bytes: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
}

/** Decodes and re-encodes an uploaded photo; refuses what is not a whole JPEG, PNG or WebP within the limits. */
export async function reencodeImage(input: Buffer): Promise<CleanImage> {
  if (sniffImageFormat(input) === null) throw refuse.notAnImage();
  try {
    const { data, info } = await sharp(input, {
      limitInputPixels: MAX_INPUT_PIXELS,
      // Refuse a cut-off file, but not the harmless warnings some phone cameras' JPEGs raise.
      failOn: 'truncated',
      autoOrient: true,
    })
      .resize({ width: MAX_OUTPUT_SIDE, height: MAX_OUTPUT_SIDE, fit: 'inside', withoutEnlargement: true })
      // A transparent screenshot of a document becomes black on black in JPEG unless flattened onto white.
      .flatten({ background: '#ffffff' })
      // No withMetadata/keep*: sharp writes none of the input's metadata, and converts colours to sRGB.
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, mime: 'image/jpeg', width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw refuse.tooManyPixels();
    throw refuse.notAnImage();
  }
}
