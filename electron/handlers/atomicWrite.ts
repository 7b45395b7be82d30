/**
 * Every write is atomic: a temporary file in the same folder, flushed to disk, then
 * renamed over the target, so a crash leaves the old file or the new one, never half of
 * one. The previous file is kept as `<name>.bak` when asked.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HostError } from '../../shared/documents';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<path>.bak`. */
  readonly backup?: boolean;
}

/** Temporary files an earlier, interrupted write of the same target left behind. */
async function removeStaleTemporaries(folder: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  const entries = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(entries.filter((entry) => entry.startsWith(prefix) && entry.endsWith('.tmp')).map((entry) => rm(join(folder, entry), { force: true })));
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  await removeStaleTemporaries(folder, basename(path));
  const stamp = `${process.pid}.${Date.now().toString(36)}`;
  const temporary = join(folder, `.${basename(path)}.${stamp}.tmp`);
  const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    // The backup is replaced atomically too: a crash never leaves a half-copied `.bak`.
    if (options.backup) {
      const backup = join(folder, `.${basename(path)}.${stamp}.bak.tmp`);
      const copied = await copyFile(path, backup).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      if (copied) await rename(backup, `${path}.bak`);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** The rename itself is durable only once the folder's entry is on disk (POSIX). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, constants.O_RDONLY).catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the rename is still atomic.
  } finally {
    await handle.close();
  }
}

/**
 * A write that failed, as the error the user reads: the file's name and the system's code
 * (`EACCES`, `ENOSPC` …), which `errorMessage` words; anything without a code by its kind only.
 */
function writeFailure(path: string, error: unknown): HostError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return { code: 'write-failed', file: basename(path), detail: code ?? (error instanceof Error ? error.name : 'unknown') };
}

/** Writes as `writeFileAtomic` does; a failed write comes back as the error the user reads, null where it worked. */
export async function writeFileOrFailure(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<HostError | null> {
  try {
    await writeFileAtomic(path, data, options);
    return null;
  } catch (error) {
    return writeFailure(path, error);
  }
}
