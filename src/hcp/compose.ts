// Turns a plan into reply text that was never said before: next unused option, then a new frame, then a prefix.
import { shortQuote } from '../understand/index.js';
import { INTERJECTIONS } from './frames.js';
import type { Option, Plan } from './plan.js';
import { replyHash } from './prng.js';

export interface Rendered {
  text: string;
  /** Scenario line ids, piece hashes and the reply hash to remember as said. */
  said: string[];
}

/** "Look, tell me more" but "Look, I said" and "Look, NGS". */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const pieceHash = (text: string): string => `p${replyHash(text)}`;

/**
 * Sentences of four words or more, as hashes: "Where do you want to go from here?" said around another
 * topic is still the same sentence again, and so is "Depends on the patient." before another question.
 */
const sentenceHashes = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/u)
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x.split(/\s+/u).length >= 4)
    .map((x) => `s${replyHash(x)}`);

const tidy = (parts: readonly string[]): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(upperFirst)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Options a piece may use now: unsaid lines and phrasings first, then unsaid lines said longest ago, then anything. */
function eligible(options: readonly Option[], used: ReadonlyMap<string, number>): Option[] {
  const unsaidLine = options.filter((o) => o.id === undefined || !used.has(o.id));
  const fresh = unsaidLine.filter(
    (o) => !used.has(pieceHash(o.text)) && !sentenceHashes(o.text).some((h) => used.has(h)),
  );
  if (fresh.length > 0) return fresh;
  const age = (o: Option) => used.get(pieceHash(o.text)) ?? -1;
  return unsaidLine.length > 0 ? [...unsaidLine].sort((a, b) => age(a) - age(b)) : [...options];
}

function* candidates(pieces: Option[][]): Generator<Option[]> {
  const base = pieces.map((p) => p[0]!);
  yield base;
  for (let i = 0; i < pieces.length; i++) {
    for (const alt of pieces[i]!.slice(1)) yield base.map((o, k) => (k === i ? alt : o));
  }
}

function rendered(chosen: readonly Option[], text: string): Rendered {
  const ids = chosen.flatMap((o) => (o.id === undefined ? [] : [o.id]));
  const hashes = [...chosen.map((o) => pieceHash(o.text)), ...sentenceHashes(text), replyHash(text)];
  return { text, said: [...new Set([...ids, ...hashes])] };
}

/** Never verbatim twice (docs/hcp.md): the peer repeated 40 of 190 replies word for word. */
export function renderPlan(plan: Plan, usedLines: readonly string[], repText: string, turn: number): Rendered {
  const used = new Map(usedLines.map((x, i) => [x, i]));
  const pieces = plan.pieces.map((p) => eligible(p.options, used)).filter((p) => p.length > 0);
  if (pieces.length === 0) pieces.push([{ text: '...' }]);
  for (const chosen of candidates(pieces)) {
    const text = tidy(chosen.map((o) => o.text));
    if (!used.has(replyHash(text))) return rendered(chosen, text);
  }
  const base = pieces.map((p) => p[0]!);
  const baseText = tidy(base.map((o) => o.text));
  const quote = shortQuote(repText.replace(/["\n\r]/g, ' '), 40);
  const fallbacks = [
    ...INTERJECTIONS.map((w) => `${w} ${w.endsWith(',') ? lowerFirst(baseText) : baseText}`),
    ...(quote ? [`You said "${quote}". ${baseText}`] : []),
  ];
  for (const text of fallbacks) if (!used.has(replyHash(text))) return rendered(base, text);
  return rendered(base, `${baseText} That makes ${turn} turns now.`);
}
