import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertSafeKey, type ObjectStoragePort } from './port.ts';

/**
 * Embedded mode: objects live in a folder (DATA_DIR/files) and the server serves them at
 * `/files/<key>`. The content type sits beside each object, as S3 keeps it in metadata.
 */
export class LocalFolderStorage implements ObjectStoragePort {
  constructor(
    private readonly root: string,
    private readonly baseUrl = '/files',
  ) {}

  async put(key: string, body: Uint8Array, contentType: string) {
    assertSafeKey(key);
    const file = join(this.root, key);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, body);
    await writeFile(`${file}.type`, contentType);
  }

  async get(key: string) {
    assertSafeKey(key);
    const file = join(this.root, key);
    try {
      const [info, contentType] = await Promise.all([stat(file), readFile(`${file}.type`, 'utf8')]);
      return { body: createReadStream(file), contentType, size: info.size };
    } catch {
      return null;
    }
  }

  async delete(key: string) {
    assertSafeKey(key);
    const file = join(this.root, key);
    await rm(file, { force: true });
    await rm(`${file}.type`, { force: true });
  }

  publicUrl(key: string) {
    return `${this.baseUrl}/${key}`;
  }
}
