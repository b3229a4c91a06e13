import { imageRules } from '@bosonline/contracts';
import { fileTypeFromBuffer } from 'file-type';
import type { OutputInfo } from 'sharp';
import { invalidField } from './errors.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * An uploaded image (form field `file`), made safe to serve: the bytes are sniffed (the declared
 * type and file name are not trusted), then re-encoded to WebP — which drops EXIF/GPS metadata and
 * anything smuggled after the image data — and scaled down to at most 2000 px on the long edge.
 * Every refusal is a 400 on the field `file`. Product photos and store logos both go through it.
 */
export async function encodeUploadedImage(form: FormData): Promise<{ data: Buffer; info: OutputInfo }> {
  const file = form.get('file');
  if (!(file instanceof Blob)) throw invalidField('file', 'Attach the image in a form field named "file"');
  if (file.size === 0) throw invalidField('file', 'The file is empty');
  if (file.size > imageRules.maxBytes) {
    throw invalidField(
      'file',
      `Image is ${megabytes(file.size)}; the limit is ${megabytes(imageRules.maxBytes)}`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !(imageRules.types as readonly string[]).includes(sniffed.mime)) {
    throw invalidField(
      'file',
      `Only JPEG, PNG, WebP or GIF images are accepted${sniffed ? ` (this file is ${sniffed.mime})` : ''}`,
    );
  }
  // Loaded on the first upload, not at start-up.
  const { default: sharp } = await import('sharp');
  let encoded: { data: Buffer; info: OutputInfo };
  try {
    encoded = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({
        width: imageRules.maxEdge,
        height: imageRules.maxEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw invalidField('file', 'The image could not be read; it may be damaged');
  }
  if (Math.min(encoded.info.width, encoded.info.height) < imageRules.minEdge) {
    throw invalidField('file', `Image must be at least ${imageRules.minEdge} px on each side`);
  }
  return encoded;
}
