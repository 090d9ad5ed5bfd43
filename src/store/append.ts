// Appends to data files so that each append lands whole and synced, or not at all: a failed or
// short write (a full disk) is cut back to the previous length and reported, never acknowledged.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** Writes bytes at the end of an open file and returns how many were stored; tests inject a full disk here. */
export type WriteFn = (handle: FileHandle, bytes: Uint8Array, offset: number, length: number) => Promise<number>;

export const writeBytes: WriteFn = async (handle, bytes, offset, length) =>
  (await handle.write(bytes, offset, length)).bytesWritten;

/** What a reader compares to know whether a file changed since it last looked. */
export interface FileVersion {
  ino: number;
  size: number;
  mtimeMs: number;
}

export const versionKey = (v: FileVersion): string => `${v.ino}:${v.size}:${v.mtimeMs}`;

/** A symlink is never followed (it could point out of the data folder); a FIFO never blocks us. */
const APPEND =
  constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export interface AppendOptions {
  write?: WriteFn;
  /** The file must not exist yet (a new session's journal). */
  isNew?: boolean;
}

/** Appends `text` in as few writes as the kernel allows, then fsyncs; returns the file's new version. */
export async function appendWhole(file: string, text: string, o: AppendOptions = {}): Promise<FileVersion> {
  const write = o.write ?? writeBytes;
  const bytes = Buffer.from(text, 'utf8');
  const handle = await open(file, APPEND | (o.isNew ? constants.O_EXCL : 0), 0o666);
  try {
    const before = await handle.stat();
    if (!before.isFile()) throw notRegular();
    try {
      for (let done = 0; done < bytes.length;) {
        const n = await write(handle, bytes, done, bytes.length - done);
        // write(2) stores 0 bytes only when it cannot store any: the disk is full.
        if (!(n > 0))
          throw Object.assign(new Error(`short write: ${done} of ${bytes.length} bytes stored`), { code: 'ENOSPC' });
        done += n;
      }
      await handle.datasync();
    } catch (e) {
      await cutBack(handle, before.size);
      throw e;
    }
    const after = await handle.stat();
    return { ino: after.ino, size: after.size, mtimeMs: after.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** Back to the length it had: a half-written line would otherwise corrupt the next append. */
async function cutBack(handle: FileHandle, size: number): Promise<void> {
  try {
    await handle.truncate(size);
    await handle.datasync();
  } catch {
    // Nothing more to do here; readers skip an unterminated last line and the next writer cuts it.
  }
}

/** Drops an unterminated last line (a writer killed mid-append): it was never acknowledged. */
export async function cutTornTail(file: string, completeLength: number): Promise<FileVersion> {
  const handle = await open(file, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw notRegular();
    await handle.truncate(completeLength);
    await handle.datasync();
    const after = await handle.stat();
    return { ino: after.ino, size: after.size, mtimeMs: after.mtimeMs };
  } finally {
    await handle.close();
  }
}

export const notRegular = (): Error => Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
