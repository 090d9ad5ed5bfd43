// Raw-socket HTTP clients for the slow-client tests: they stall mid-headers, trickle a body, or sit idle.
import { connect, type Socket } from 'node:net';

export type SlowKind = 'headers' | 'body' | 'idle';

export interface SlowClient {
  kind: SlowKind;
  /** The TCP connection is up and the first bytes are written. */
  connected: Promise<void>;
  /** When the server closed the connection, ms after connecting, and the first line it answered (or ''). */
  closed: Promise<{ afterMs: number; statusLine: string }>;
  isClosed(): boolean;
  destroy(): void;
}

const PATH = '/api/roleplay/start';
/** A trickled byte every 200 ms keeps the socket busy, so only a whole-request deadline can end it. */
const TRICKLE_MS = 200;

/**
 * - headers: sends half a request line and headers, then nothing (slowloris);
 * - body: sends complete headers announcing 1000 bytes, then one byte every 200 ms;
 * - idle: sends a whole GET, reads the answer, and keeps the connection open (keep-alive).
 */
export function slowClient(url: string, kind: SlowKind): SlowClient {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  let t0 = 0;
  let received = '';
  let trickle: NodeJS.Timeout | undefined;
  let done = false;
  socket.on('error', () => undefined);
  socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
  const connected = new Promise<void>((resolve) =>
    socket.once('connect', () => {
      t0 = performance.now();
      if (kind === 'headers') socket.write(`POST ${PATH} HTTP/1.1\r\nHost: ${hostname}\r\ncontent-type: appli`);
      if (kind === 'body') {
        socket.write(
          `POST ${PATH} HTTP/1.1\r\nHost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{`,
        );
        trickle = setInterval(() => socket.write(' '), TRICKLE_MS);
      }
      if (kind === 'idle') {
        socket.write(`GET /api/scenarios HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
        // Connected means answered here: the server has surely accepted the socket.
        const answered = () => (/\r\n\r\n\[/.test(received) ? resolve() : socket.once('data', answered));
        return socket.once('data', answered);
      }
      resolve();
    }),
  );
  const closed = new Promise<{ afterMs: number; statusLine: string }>((resolve) =>
    socket.once('close', () => {
      done = true;
      clearInterval(trickle);
      resolve({ afterMs: performance.now() - t0, statusLine: received.split('\r\n')[0] ?? '' });
    }),
  );
  return { kind, connected, closed, isClosed: () => done, destroy: () => socket.destroy() };
}

/** `n` clients, the kinds taken in turn. */
export function slowClients(url: string, n: number, kinds: readonly SlowKind[]): SlowClient[] {
  return Array.from({ length: n }, (_, i) => slowClient(url, kinds[i % kinds.length]!));
}
