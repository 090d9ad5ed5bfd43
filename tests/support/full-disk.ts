// A write function that behaves like a disk with `room` bytes left: it stores that many for real
// (a short write), then fails with ENOSPC. Injected through main()'s `fileWrite` or the stores.
import type { FileHandle } from 'node:fs/promises';
import { writeBytes, type WriteFn } from '../../src/store/append.js';

export function diskWithRoom(room: number): WriteFn & { fill(bytes: number): void; free(): void } {
  let left = room;
  const write = async (handle: FileHandle, bytes: Uint8Array, offset: number, length: number) => {
    if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const n = await writeBytes(handle, bytes, offset, Math.min(length, left));
    left -= n;
    return n;
  };
  return Object.assign(write, {
    fill: (bytes: number) => void (left = bytes),
    free: () => void (left = Number.POSITIVE_INFINITY),
  });
}
