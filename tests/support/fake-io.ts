// An Io made of in-memory streams, so CLI tests can run main() and read what it printed.
import { PassThrough, Writable } from 'node:stream';
import type { Io } from '../../src/io.js';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
  /** Feeds stdin and ends it. */
  type(text: string): void;
}

class Sink extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
}

export function fakeIo(o: Partial<Pick<Io, 'isTTY' | 'isErrTTY' | 'isInTTY' | 'colorLevel' | 'columns'>> = {}): FakeIo {
  const stdin = new PassThrough();
  const stdout = new Sink();
  const stderr = new Sink();
  return {
    stdin,
    stdout,
    stderr,
    isTTY: false,
    colorLevel: 0,
    ...o,
    out: () => stdout.chunks.join(''),
    err: () => stderr.chunks.join(''),
    type(text) {
      stdin.end(text);
    },
  };
}
