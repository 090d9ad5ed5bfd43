// What a rep's sentence picks up of this HCP: the names it brings in, the HCP's own problem or
// situation words it reuses (a priority link), any word of theirs at all (a tailored point).
import type { Conversation } from './conversation.js';
import type { RepTurn } from './found.js';
import { hasIn, sentenceContent, sentenceHasWord, type Said } from './said.js';
import { withoutClitic } from './text-clauses.js';
import { CAUSES } from './rep-clash-excuses.js';
import { MONTHS, WEEKDAYS } from './calendar.js';
import { CLINICAL_TERMS } from './clinical-terms.js';
import { answersRaisedProblem } from './rep-topics.js';
import { TITLES } from './titles.js';

const COMPARATORS = new Set(['versus', 'vs', 'than', 'compared', 'against']);
/** "Preferred over metformin" compares; "patients who quit over the aches" gives a reason. */
const comparesOver = (prev: string | undefined): boolean =>
  prev !== undefined && (prev.endsWith('er') || prev === 'preferred' || prev === 'chosen' || prev === 'advantage');

/** Days and months are capitalized but name no product ("that's a tough Monday", "a rammed Wednesday"). */
const CALENDAR = new Set<string>([...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}s`), ...MONTHS]);

/** A capitalized word the HCP never said: a product, trial or company name. */
export function namesSomething(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  return namesIn(r.conv, r.s, t0, t1);
}

/** Whether the rep's tokens [t0, t1) of turn s name a product, trial or company the HCP never said. */
export function namesIn(conv: Conversation, s: Said, t0: number, t1: number): boolean {
  const tokens = s.text.tokens;
  for (let i = t0; i < t1; i++) {
    const t = tokens[i]!;
    if (CLINICAL_TERMS.has(t.w)) continue;
    if (conv.names.has(t.w) && !possessiveOfHcpWord(conv, t.w)) return true;
    if (
      t.cap &&
      t.s !== '' &&
      !CALENDAR.has(t.w) &&
      !TITLES.has(t.w) &&
      !TITLES.has(tokens[i - 1]?.w ?? '') &&
      conv.hcpSaid(t.s) === undefined
    ) {
      if (!possessiveOfHcpWord(conv, t.w)) return true;
    }
  }
  return false;
}

/** "your MA's week" after "My MA spends hours…": the HCP's own word with an 's names nothing new. */
function possessiveOfHcpWord(conv: Conversation, w: string): boolean {
  const base = withoutClitic(w);
  if (base === w) return false;
  return conv.recentHcp.some((h) => h.text.tokens.some((t) => t.w === base));
}

/** Words of the question the HCP just asked: answering it is not yet linking to a priority. */
export function askedWords(r: RepTurn): Set<string> {
  const out = new Set<string>();
  const prev = r.prev;
  if (prev === undefined) return out;
  for (let k = 0; k < prev.text.sentences.length; k++) {
    const sent = prev.text.sentences[k]!;
    if (sent.q) for (const w of sentenceContent(prev, k)) out.add(w);
  }
  return out;
}

/**
 * What sentence k picks up of the HCP's own words: a problem or goal they stated, or two words of
 * the situation they described. The rep's own words handed back by the HCP do not count.
 */
export function linkedWords(r: RepTurn, k: number, asked: ReadonlySet<string>): string[] {
  const { t0, t1 } = r.s.text.sentences[k]!;
  const pain = new Set<string>();
  const situation = new Set<string>();
  let comparing = 0;
  for (let i = t0; i < t1; i++) {
    const tok = r.s.text.tokens[i]!;
    // "versus 1.6 with iron sucrose": naming the HCP's current drug as the comparator is no link.
    // "Fewer than three percent" counts; it compares with nothing.
    const counts = tok.w === 'than' && r.s.text.tokens[i + 1]?.num === true;
    if ((COMPARATORS.has(tok.w) && !counts) || (tok.w === 'over' && comparesOver(r.s.text.tokens[i - 1]?.w)))
      comparing = 4;
    else if (comparing > 0) comparing--;
    const st = tok.s;
    if (st === '' || comparing > 0 || r.c.generic.has(st) || asked.has(st)) continue;
    // A word the rep said first counts once the HCP made it their problem ("stuck above 100 on statins").
    const need = needWordOf(r, st);
    if (need !== undefined) pain.add(need);
    else if (r.conv.repIntroduced(st)) continue;
    else if (r.conv.situationWords.has(st)) situation.add(st);
  }
  const framed = hasIn(r.s, 'rep.linkFrames', k);
  // "a single daily pill" after "getting a thyroid pill approved": the form of a drug she named in passing is
  // no priority; "they can't manage three pills a day" makes it one.
  // "…put off insulin because of daily injections" makes the form the barrier itself.
  if (pain.size === 0 && [...situation].every((w) => FORMS.has(w)) && !formIsBarrier(r, situation)) situation.clear();
  if (pain.size > 0 || situation.size > 0) return [...pain, ...situation];
  if (framed && r.conv.needWords.size > 0) return ['what the HCP described'];
  // "Our access team has gotten exceptions…" after "the plans want them to fail a second anti-TNF
  // first": support on the very problem the HCP just described, in other words, answers it.
  const topic = answersRaisedProblem(r, k);
  return topic === undefined ? [] : [`the problem the HCP raised (${topic})`];
}

/** Uses any word the HCP said first: tailored, if not tied to a priority. */
export function touchesHcp(r: RepTurn, k: number): boolean {
  const { t0, t1 } = r.s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    if (st !== '' && !r.c.generic.has(st) && r.conv.hcpSaid(st) !== undefined && !r.conv.repIntroduced(st)) return true;
  }
  return false;
}

/** Stems of a drug's form: tied to her only with more of what she said. */
const FORMS = new Set(['pill', 'injection', 'dos', 'pen', 'inhaler', 'drug', 'medication', 'medicin']);

/** In her last two turns, a form the rep names is what she gave as the cause ("because of daily injections"). */
function formIsBarrier(r: RepTurn, forms: ReadonlySet<string>): boolean {
  return r.conv.recentHcp.slice(0, 2).some((h) => {
    const { tokens } = h.text;
    return tokens.some(
      (t, i) => CAUSES.has(t.w) && tokens.slice(i + 1, i + 5).some((x) => x.sent === t.sent && forms.has(x.s)),
    );
  });
}

/** Endings that make a noun of a need word: "clearance" of "hard to clear", "shipment" of "shipping". */
const NOUN_ENDINGS = ['anc', 'ance', 'ence', 'ment', 'ion', 'ation'];

/** The HCP's need word that stem st is, is a noun made of, or is the verb of ("inject" after "injection drug use"). */
function needWordOf(r: RepTurn, st: string): string | undefined {
  if (r.conv.needWords.has(st)) return st;
  // Every other form shares the stem's first four letters: most stems share them with no need word.
  if (st.length < 4 || !r.conv.needStarts.has(st.slice(0, 4))) return undefined;
  for (const end of NOUN_ENDINGS) {
    const base = st.endsWith(end) ? st.slice(0, -end.length) : '';
    if (base.length >= 4 && r.conv.needWords.has(base)) return base;
    if (st.length >= 4 && r.conv.needWords.has(st + end)) return st + end;
  }
  return undefined;
}

/** A copay card for commercial insurance does nothing for her Medicare or Medicaid patients. */
const COMMERCIAL = new Set(['commercial', 'commercially']);

/** "A copay program brings commercial patients down to $15" to a doctor whose patients are on Medicare ties to nothing of hers. */
export function wrongPlan(r: RepTurn, k: number): boolean {
  return r.conv.hcpTopics.has('hcp.publicPlan') && sentenceHasWord(r.s, k, COMMERCIAL);
}
