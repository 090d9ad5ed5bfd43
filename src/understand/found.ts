// The acts found in one turn so far, each with the evidence that made it; detectors add and drop.
import type { Conversation } from './conversation.js';
import type { CompiledLexicon } from './lexicon.js';
import type { SentenceRead } from './questions.js';
import type { Said } from './said.js';
import type { Act, ActEvidence, ActReading } from './types.js';
import { ACTS } from './types.js';

export class Found {
  private readonly acts = new Map<Act, ActEvidence>();
  private readonly kinds = new Map<Act, string>();

  add(act: Act, evidence: ActEvidence, kind?: string): void {
    if (this.acts.has(act)) return;
    this.acts.set(act, evidence);
    if (kind !== undefined) this.kinds.set(act, kind);
  }

  drop(act: Act): void {
    this.acts.delete(act);
    this.kinds.delete(act);
  }

  has(act: Act): boolean {
    return this.acts.has(act);
  }

  get(act: Act): ActEvidence | undefined {
    return this.acts.get(act);
  }

  /** Acts in the order of the inventory, so readings compare and print the same way every time. */
  list(): ActReading[] {
    const out: ActReading[] = [];
    for (const [act, evidence] of this.acts) {
      const kind = this.kinds.get(act);
      out.push(kind === undefined ? { act, evidence } : { act, evidence, kind });
    }
    return out.sort((a, b) => ORDER.get(a.act)! - ORDER.get(b.act)!);
  }
}

const ORDER: ReadonlyMap<Act, number> = new Map(ACTS.map((a, k) => [a, k]));

/** What a rep-turn detector reads: the turn, its sentences, the conversation so far, the lexicon. */
export interface RepTurn {
  s: Said;
  sentences: SentenceRead[];
  conv: Conversation;
  c: CompiledLexicon;
  /** The HCP turn just before, if the HCP spoke last. */
  prev?: Said;
  found: Found;
  /** Sentences read as restating the HCP: not product claims. */
  restated: Set<number>;
}

/** What an HCP-turn detector reads. */
export interface HcpTurn {
  s: Said;
  conv: Conversation;
  c: CompiledLexicon;
  /** The rep turn just before, if the rep spoke last. */
  prev?: Said;
  found: Found;
}
