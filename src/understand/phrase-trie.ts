// The phrase trie behind PhraseIndex, packed into flat arrays: nodes are numbers, words are codes, and
// every word edge lives in one open-addressed table keyed by (node, word code). A Map per node kept
// the scan waiting on memory; a few typed arrays stay in cache (issue 12 speed goals).

/** A phrase of a list, where the trie reaches its last word. */
export interface Entry {
  /** The list's place in the index: a turn's hits are kept in an array by slot. */
  slot: number;
  list: string;
  phrase: string;
  length: number;
}

const NO_ENDS: readonly Entry[] = [];
const NONE = -1;
/** Multipliers for hashing (node, code) pairs: odd constants with well-mixed high bits. */
const A = 0x9e3779b1;
const B = 0x85ebca6b;

export class PhraseTrie {
  /** Each word of a phrase by code (1, 2, …); a word of no phrase is code 0. */
  private readonly codes = new Map<string, number>();
  /** By node: the phrases ending there, the nodes after `*` and `#`, and whether any edge leaves it. */
  private readonly endsOf: (readonly Entry[])[] = [];
  private readonly anyOf: number[] = [];
  private readonly numOf: number[] = [];
  private readonly goesOnOf: boolean[] = [];
  /** The word edges: slot -> node (NONE: empty slot), code and child. */
  private edgeNode = new Int32Array(0);
  private edgeCode = new Int32Array(0);
  private edgeChild = new Int32Array(0);
  private shift = 32;
  private edges = 0;
  readonly root = this.newNode();

  constructor() {
    this.resize(1024);
  }

  codeOf(w: string): number {
    return this.codes.get(w) ?? 0;
  }
  ends(node: number): readonly Entry[] {
    return this.endsOf[node]!;
  }
  any(node: number): number {
    return this.anyOf[node]!;
  }
  num(node: number): number {
    return this.numOf[node]!;
  }
  goesOn(node: number): boolean {
    return this.goesOnOf[node]!;
  }

  /** The node after word `code` at `node`, or NONE. */
  child(node: number, code: number): number {
    const mask = this.edgeNode.length - 1;
    for (let k = this.slotOf(node, code); ; k = (k + 1) & mask) {
      const at = this.edgeNode[k]!;
      if (at === NONE) return NONE;
      if (at === node && this.edgeCode[k] === code) return this.edgeChild[k]!;
    }
  }

  /** The node after word w at `node` ('*' any word, '#' a number), made if new. */
  step(node: number, w: string): number {
    this.goesOnOf[node] = true;
    if (w === '*') return this.anyOf[node] !== NONE ? this.anyOf[node]! : (this.anyOf[node] = this.newNode());
    if (w === '#') return this.numOf[node] !== NONE ? this.numOf[node]! : (this.numOf[node] = this.newNode());
    let code = this.codes.get(w);
    if (code === undefined) this.codes.set(w, (code = this.codes.size + 1));
    const found = this.child(node, code);
    if (found !== NONE) return found;
    const next = this.newNode();
    this.addEdge(node, code, next);
    return next;
  }

  /** Adds an entry where a phrase ends; a list may hold two spellings of one phrase, and one entry is enough. */
  end(node: number, e: Entry): void {
    const ends = this.endsOf[node]!;
    if (!ends.some((x) => x.list === e.list)) this.endsOf[node] = [...ends, e];
  }

  private newNode(): number {
    this.endsOf.push(NO_ENDS);
    this.anyOf.push(NONE);
    this.numOf.push(NONE);
    this.goesOnOf.push(false);
    return this.endsOf.length - 1;
  }

  private slotOf(node: number, code: number): number {
    return (Math.imul(node, A) ^ Math.imul(code, B)) >>> this.shift;
  }

  private addEdge(node: number, code: number, next: number): void {
    // Kept at most half full, so a miss (the usual case) ends at the first or second slot.
    if (++this.edges * 2 > this.edgeNode.length) this.resize(this.edgeNode.length * 2);
    this.place(node, code, next);
  }

  private place(node: number, code: number, next: number): void {
    const mask = this.edgeNode.length - 1;
    let k = this.slotOf(node, code);
    while (this.edgeNode[k] !== NONE) k = (k + 1) & mask;
    this.edgeNode[k] = node;
    this.edgeCode[k] = code;
    this.edgeChild[k] = next;
  }

  private resize(size: number): void {
    const [nodes, codes, children] = [this.edgeNode, this.edgeCode, this.edgeChild];
    this.edgeNode = new Int32Array(size).fill(NONE);
    this.edgeCode = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    for (let k = 0; k < nodes.length; k++) if (nodes[k] !== NONE) this.place(nodes[k]!, codes[k]!, children[k]!);
  }
}
