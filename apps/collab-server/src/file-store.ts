import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Documents kept as files, one per document: its whole Yjs state. A write goes to a temporary file
 * first and is renamed over the old one, so a server killed mid-write leaves the last whole copy.
 */
export class FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(name: string) {
    return join(this.dir, `${encodeURIComponent(name)}.ydoc`);
  }

  async load(name: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(name)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async store(name: string, state: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const path = this.pathOf(name);
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, state);
    await rename(temporary, path);
  }
}
