// Time said other than as a count of minutes: a part of an hour she gives ("You get a quarter of an hour"),
// and the words after a count that make it time gone rather than time left ("forty minutes behind").
import type { HcpTurn } from './found.js';

/** "You get a quarter of an hour", "I have half an hour": a part of an hour, said as what she has. */
export function hourPart(h: HcpTurn): { minutes: number; at: number; accepts: boolean } | undefined {
  const { tokens } = h.s.text;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i]!.w;
    if (w !== 'quarter' && w !== 'half') continue;
    const minutes = w === 'quarter' ? 15 : 30;
    // "quarter of an hour", "quarter hour", "half an hour", "half hour".
    const next = tokens.slice(i + 1, i + 4).map((t) => t.w);
    const hour =
      next[0] === 'hour' || (next[0] === 'an' && next[1] === 'hour') || next.slice(0, 3).join(' ') === 'of an hour';
    const after = i + (next[0] === 'hour' ? 2 : next[0] === 'an' ? 3 : 4);
    // "a quarter hour of on-hold jazz", "hold music for a quarter of an hour" measure a story, not her time.
    if (hour && givesPart(h, i) && tokens[after]?.w !== 'of' && !notBudget(h, after))
      return { minutes, at: i, accepts: false };
  }
  return undefined;
}
/** The part of an hour opens its sentence ("Quarter of an hour, tops.") or follows words that give it ("You get a…"). */
function givesPart(h: HcpTurn, i: number): boolean {
  const { tokens } = h.s.text;
  let j = i - 1;
  if (tokens[j]?.w === 'a' || tokens[j]?.w === 'an') j--;
  const before = tokens[j];
  if (before === undefined || before.sent !== tokens[i]!.sent) return true;
  // "You get…", "I've got…", "I have…": she gives it; "I get a quarter hour of hold music" tells a story.
  if (before.w === 'get') return tokens[j - 1]?.w === 'you';
  if (before.w === 'got') return HOLDERS.has(tokens[j - 1]?.w ?? '');
  return before.w === 'have' || PART_GIVERS.has(before.w);
}
const HOLDERS = new Set(['you', "you've", "i've", "we've", 'i', 'we']);
const PART_GIVERS = new Set(['give', 'only', 'just', 'maybe', 'about', 'roughly', 'spare']);

/** Words after a count of minutes that make it time gone, not time left. */
export function notBudget(h: HcpTurn, at: number): boolean {
  const { tokens } = h.s.text;
  const w = tokens[at]?.w;
  if (w === 'ago') return h.prev?.hits.has('rep.timeAdapt') !== true && h.prev?.hits.has('rep.leaving') !== true;
  return w === 'behind' || w === 'late' || (w === 'in' && tokens[at + 2]?.w === 'hole');
}
