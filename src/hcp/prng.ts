// Seeded randomness for the scripted HCP: only orders equivalent variants, never decides state.
// Seeded from hash(seed, scenarioId, turn, purpose), so replaying journaled rep turns gives the same bytes.

/** FNV-1a over UTF-16 code units: stable across platforms and Node versions. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Short hex digest used to remember replies already said. */
export const replyHash = (text: string): string =>
  `h:${hashText(text.toLowerCase().replace(/\s+/g, ' ').trim()).toString(16)}`;

/** mulberry32: tiny, fast and good enough to shuffle a handful of frames. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one purpose at one turn; separate purposes never disturb each other's order. */
export function rngFor(seed: number, scenarioId: string, turn: number, purpose: string): () => number {
  const safeSeed = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  return mulberry32(hashText(`${safeSeed}|${scenarioId}|${turn}|${purpose}`));
}

/** A shuffled copy (Fisher-Yates); the input is left alone. */
export function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
