// The time an HCP says she has: "I've got two minutes", "Thirty seconds. Go.", a bare count after the
// rep spoke of time, or a count set in place of the rep's ("Fifteen is generous. Call it ten.").
import type { HcpTurn } from './found.js';
import { hcpHits } from './said.js';
import type { Token } from './text.js';
import { hourPart, notBudget } from './hcp-hour-part.js';

const NUMBER_VALUES: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  couple: 2,
  three: 3,
  few: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};

/** Words before "a minute" that make it time she has ("I've got a minute", "for a minute"). */
const A_BUDGET = new Set([
  'got',
  'have',
  'has',
  'just',
  'only',
  'for',
  'spare',
  'about',
  'maybe',
  'in',
  'give',
  'take',
]);

/** The first time budget the HCP states ("I've got two minutes" → 2, "Thirty seconds." → 0.5), and where. */
export function statedMinutes(h: HcpTurn): { minutes: number; at: number; accepts: boolean } | undefined {
  const { s } = h;
  // "Wait a minute" stops the rep; it is no budget. Nor is a duration that answers "How long does it take?".
  const halts = hcpHits(s, 'halt');
  if (answersHowLong(h)) return undefined;
  // "Under two minutes? In what kind of cases?" asks about the rep's own figure.
  const echoed = h.prev !== undefined && (h.prev.hits.has('hcp.minutes') || h.prev.hits.has('hcp.seconds'));
  const units = [...hcpHits(s, 'minutes'), ...hcpHits(s, 'seconds')]
    .filter((m) => !(echoed && s.text.sentences[s.text.tokens[m.t0]!.sent]!.q))
    .sort((a, b) => a.t0 - b.t0);
  // "Okay, five. I was on hold for forty minutes." gives her count before the story.
  const bare = bareCount(h) ?? hourPart(h);
  for (const m of units) {
    if (bare !== undefined && bare.at < m.t0) return bare;
    // "I told you that two minutes ago", "I'm forty minutes behind" are no budget ("Two minutes ago." to
    // "I'll get out of your hair" is).
    if (halts.some((x) => x.t0 <= m.t0 && x.t1 > m.t0) || notBudget(h, m.t1)) continue;
    for (let i = m.t0 - 1; i >= Math.max(0, m.t0 - 3); i--) {
      const t = s.text.tokens[i]!;
      const n = /^\d+$/.test(t.w) ? Number(t.w) : NUMBER_VALUES[t.w];
      if (n === undefined) continue;
      // "…is a minute on the pump" measures something; "I've got a minute" is what she has.
      if (t.w === 'a' && !A_BUDGET.has(s.text.tokens[i - 1]?.w ?? '')) break;
      // "Fifteen minutes would change his morning." repeats the rep's own result back; it is no budget.
      if (!A_BUDGET.has(s.text.tokens[i - 1]?.w ?? '') && claimedCount(h, t.w, s.text.tokens[m.t0]!.w)) break;
      // "Give me a few seconds" pauses; a budget in seconds is a real count ("Thirty seconds. Go.").
      if (m.list === 'hcp.seconds' && n < 10) break;
      const sent = s.text.sentences[t.sent]!;
      const accepts = s.text.tokens.slice(sent.t0, sent.t1).some((x) => x.w === 'fine' || x.w === 'works');
      return { minutes: m.list === 'hcp.seconds' ? n / 60 : n, at: m.t0, accepts };
    }
  }
  return bare;
}

/** The rep's last turn claimed a result with this count and unit ("back on within fifteen minutes"). */
function claimedCount(h: HcpTurn, w: string, unit: string): boolean {
  const prev = h.prev;
  if (prev === undefined) return false;
  if (!CLAIMS.some((a) => h.conv.has(prev.i, a)) && !prev.hits.has('rep.productFacts')) return false;
  const { tokens } = prev.text;
  return tokens.some((t, i) => t.w === w && tokens[i + 1]?.w === unit);
}
const CLAIMS = ['priority_link', 'generic_benefit', 'feature_dump'] as const;

/** Words that take the rep's count before saying it back ("Fine, five."). */
const AGREED = new Set(['fine', 'ok', 'okay', 'sure', 'alright', 'right', 'yeah', 'yes']);

/** Words a bare count may carry ("Three and a half.", "Two, tops."). */
const COUNT_WORDS = new Set(['and', 'a', 'half', 'about', 'maybe', 'tops', 'max', 'realistically', 'only']);

/**
 * "Three and a half. Go." to a rep who thanked her for four minutes: a count alone, the unit left out,
 * is a budget when the rep just spoke of time or the HCP sends the rep off with "Go.".
 */
function bareCount(h: HcpTurn): { minutes: number; at: number; accepts: boolean } | undefined {
  const { s, prev } = h;
  const first = s.text.sentences[0];
  if (first === undefined || first.q || prev === undefined) return undefined;
  // A rep who offered to come back another day spoke of time as much as one who counted minutes.
  const timeTalk = prev.hits.has('hcp.minutes') || prev.hits.has('hcp.seconds') || prev.hits.has('hcp.offerToGo');
  const { tokens } = s.text;
  // "Fine, five." takes the rep's count as much as "Five." does.
  const agreed = first.t1 - first.t0 > 1 && AGREED.has(tokens[first.t0]!.w);
  const at = agreed ? first.t0 + 1 : first.t0;
  // The count first: most turns open on no number, and need no list of their words.
  const lead = first.t1 > at ? tokens[at]!.w : '';
  const n = NUMBER_VALUES[lead];
  if (n === undefined || lead === 'a') return timeTalk ? cutCount(h) : undefined;
  const said = tokens.slice(first.t0, first.t1).map((t) => t.w);
  const words = agreed ? said.slice(1) : said;
  if (!words.slice(1).every((w) => COUNT_WORDS.has(w))) return timeTalk ? cutCount(h) : undefined;
  const go = s.text.sentences[1] !== undefined && s.text.tokens[s.text.sentences[1].t0]?.w === 'go';
  if (!go && !timeTalk) return undefined;
  return {
    minutes: n + (words.includes('half') ? 0.5 : 0),
    at: first.t0,
    accepts: said.some((w) => w === 'fine' || w === 'works'),
  };
}

/** Words that set a count in place of the rep's ("Fifteen is generous. Call it ten.", "You've got fifteen."). */
const RECOUNT = new Set(['call it', 'make it', "let's say", 'say', "you've got", 'you have', 'you get']);

/** "Call it ten." to a rep who asked for fifteen minutes: the HCP cuts the time to a count of her own. */
function cutCount(h: HcpTurn): { minutes: number; at: number; accepts: boolean } | undefined {
  const { tokens, sentences } = h.s.text;
  for (const sent of sentences) {
    const words = tokens.slice(sent.t0, sent.t1).map((t) => t.w);
    const lead = RECOUNT.has(words.slice(0, 2).join(' ')) ? 2 : RECOUNT.has(words[0] ?? '') ? 1 : 0;
    const n = NUMBER_VALUES[words[lead] ?? ''];
    if (sent.q || lead === 0 || n === undefined || !words.slice(lead + 1).every((w) => COUNT_WORDS.has(w))) continue;
    return { minutes: n, at: sent.t0, accepts: false };
  }
  return undefined;
}

/** Verbs after "you"/"I" in "how long…" that ask for her time: "have I got", "can you give me", "could you spare". */
const GIVEN = new Set(['have', 'got', 'give', 'spare', 'get', 'allow']);

/** The rep asked how long something takes ("How long does the mixing take?"), not how long she has. */
function answersHowLong(h: HcpTurn): boolean {
  const prev = h.prev;
  if (prev === undefined) return false;
  const { tokens, sentences } = prev.text;
  return sentences.some((sent) => {
    if (!sent.q || !asksHowLong(tokens, sent.t0, sent.t1)) return false;
    const words = tokens.slice(sent.t0, sent.t1).map((t) => t.w);
    const at = words.findIndex((w, k) => w === 'how' && words[k + 1] === 'long');
    // "How long have I got?", "How long can you give me?" ask for her time as much as "How long do you have?".
    const hers =
      words.includes("you've") ||
      words.some((w, k) => (w === 'you' || w === 'i' || w === 'we') && GIVEN.has(words[k + 1] ?? '')) ||
      words.some((w, k) => (w === 'have' || w === 'do') && (words[k + 1] === 'i' || words[k + 1] === 'we'));
    return at >= 0 && !hers;
  });
}

/** "how long" in tokens [t0, t1): checked first, so most questions need no list of their words. */
function asksHowLong(tokens: readonly Token[], t0: number, t1: number): boolean {
  for (let i = t0; i + 1 < t1; i++) if (tokens[i]!.w === 'how' && tokens[i + 1]!.w === 'long') return true;
  return false;
}
