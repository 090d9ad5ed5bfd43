// This process as the owner of session and history locks: its pid and host, so a lock left by a
// process that died (kill -9) on this machine is taken over at once instead of after a timeout.
import { hostname } from 'node:os';
import type { LockOwner } from '../store/index.js';

export function processOwner(): LockOwner {
  return {
    pid: process.pid,
    host: hostname(),
    isAlive(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (e) {
        // EPERM: it exists but belongs to another user.
        return (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    },
  };
}
