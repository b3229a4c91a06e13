import { Readable } from 'node:stream';
import { assertSafeKey, type ObjectStoragePort } from './port.ts';

/** In-process storage for tests and throw-away servers. */
export class MemoryStorage implements ObjectStoragePort {
  readonly objects = new Map<string, { body: Uint8Array; contentType: string }>();

  constructor(private readonly baseUrl = '/files') {}

  async put(key: string, body: Uint8Array, contentType: string) {
    assertSafeKey(key);
    this.objects.set(key, { body, contentType });
  }

  async get(key: string) {
    const object = this.objects.get(key);
    if (!object) return null;
    return {
      body: Readable.from(Buffer.from(object.body)),
      contentType: object.contentType,
      size: object.body.length,
    };
  }

  async delete(key: string) {
    this.objects.delete(key);
  }

  publicUrl(key: string) {
    return `${this.baseUrl}/${key}`;
  }
}
