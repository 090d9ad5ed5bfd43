// Write functions that behave like a filling disk, injected through main()'s `fileWrite` or the
// stores: `diskWithRoom(n)` stores n more bytes for real (a short write), then fails with ENOSPC;
// `fullAfter(k, n)` lets k writes through whole first (a session start, an end event).
import type { FileHandle } from 'node:fs/promises';
import { writeBytes, type WriteFn } from '../../src/store/append.js';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

export function diskWithRoom(room: number): WriteFn {
  let left = room;
  return async (handle: FileHandle, bytes: Uint8Array, offset: number, length: number) => {
    if (left <= 0) throw enospc();
    const n = await writeBytes(handle, bytes, offset, Math.min(length, left));
    left -= n;
    return n;
  };
}

export function fullAfter(wholeWrites: number, room = 0): WriteFn {
  let passed = 0;
  const full = diskWithRoom(room);
  return (handle, bytes, offset, length) =>
    passed++ < wholeWrites ? writeBytes(handle, bytes, offset, length) : full(handle, bytes, offset, length);
}
