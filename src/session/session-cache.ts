// Sessions a long-lived process (serve, the REPL) keeps in memory, each with the journal version it
// was read at: used only while the journal is unchanged. Ended sessions are not kept (serve grew
// from 80 to 212 MB over 15,000 sessions, issue 13), and the least recently used go past `max`.
import type { Session } from './session.js';
import type { JournalVersion } from './store.js';

export class SessionCache {
  private readonly entries = new Map<string, { session: Session; version: JournalVersion }>();

  constructor(private readonly max = 256) {}

  /** The cached session if it was read at `version`. */
  get(id: string, version: JournalVersion | undefined): Session | undefined {
    const hit = this.entries.get(id);
    if (!hit || hit.version !== version) return undefined;
    this.entries.delete(id);
    this.entries.set(id, hit);
    return hit.session;
  }

  /** The cached session whatever its version: a start for folding only what was added since. */
  peek(id: string): Session | undefined {
    return this.entries.get(id)?.session;
  }

  set(session: Session, version: JournalVersion): void {
    this.entries.delete(session.id);
    if (session.status === 'ended') return;
    this.entries.set(session.id, { session, version });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
