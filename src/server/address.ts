// Where the server listens: loopback detection (a token is required elsewhere) and the printed URL.
import { isIP } from 'node:net';

/** localhost, 127.0.0.0/8 and ::1 (also as an IPv4-mapped address) never leave the machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

export function serverUrl(address: { address: string; port: number; family: string }): string {
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
