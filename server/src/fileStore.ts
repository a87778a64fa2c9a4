/**
 * The embedded store: one folder on disk, no other service, for a facilitator's laptop hosting a
 * room. Each document is one file, written atomically (a temporary file, then rename) after
 * merging with what is there; writes to the same document are queued one after another.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeStored, type Store } from './store.ts';

export class FileStore implements Store {
  private readonly docs: string;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly programmes: Set<string>;
  private readonly revoked: Set<string>;
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    this.docs = join(dir, 'documents');
    mkdirSync(this.docs, { recursive: true });
    this.programmes = new Set(this.readList('programmes.json'));
    this.revoked = new Set(this.readList('revoked.json'));
  }

  private readList(file: string): string[] {
    try {
      const value = JSON.parse(readFileSync(join(this.dir, file), 'utf8'));
      return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }

  private async writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, path);
  }

  private pathOf(name: string): string {
    return join(this.docs, `${createHash('sha256').update(name).digest('hex')}.bin`);
  }

  private queue(key: string, work: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    this.queues.set(key, next.catch(() => undefined));
    return next;
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    await this.queues.get(name);
    try {
      return new Uint8Array(await readFile(this.pathOf(name)));
    } catch {
      return null;
    }
  }

  store(name: string, update: Uint8Array): Promise<void> {
    return this.queue(name, async () => {
      const existing = await readFile(this.pathOf(name)).then(
        (data) => new Uint8Array(data),
        () => null,
      );
      await this.writeAtomic(this.pathOf(name), mergeStored(existing, update));
    });
  }

  async addProgramme(id: string): Promise<boolean> {
    if (this.programmes.has(id)) return false;
    this.programmes.add(id);
    await this.queue('programmes.json', () => this.writeAtomic(join(this.dir, 'programmes.json'), JSON.stringify([...this.programmes])));
    return true;
  }

  async hasProgramme(id: string): Promise<boolean> {
    return this.programmes.has(id);
  }

  async revoke(jti: string): Promise<void> {
    this.revoked.add(jti);
    await this.queue('revoked.json', () => this.writeAtomic(join(this.dir, 'revoked.json'), JSON.stringify([...this.revoked])));
  }

  async isRevoked(jti: string): Promise<boolean> {
    return this.revoked.has(jti);
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.values());
  }
}
