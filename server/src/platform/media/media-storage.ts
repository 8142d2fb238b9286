// Where public images (article and exhibition pictures) live: files under data/media by default, behind this one
// interface so object storage can replace it without touching a feature. Keys are '<id>/<width>.jpg'.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface StoredMedia {
  bytes: Buffer;
  contentType: string;
}

export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none. */
  get(key: string): Promise<StoredMedia | null>;
}

const KEY_PATTERN = /^[0-9a-f]{32}\/\d{2,4}\.jpg$/;

/** Files under `dir`; a write goes to a temporary name first, so a reader never sees half a file. */
export function createFileMediaStorage(dir: string): MediaStorage {
  const pathOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`not a media key: ${key}`);
    return join(dir, key);
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return { bytes: await readFile(pathOf(key)), contentType: 'image/jpeg' };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
