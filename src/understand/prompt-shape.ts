// An imperative prompt in any words: a verb of telling with "me" as the one told ("Paint me the picture
// for…", "Give me the lie of the land", "Do tell me which…"), or a wish to hear her answer ("I'd be keen to
// hear how…", "I'd like to know which…"). The phrase list (rep.openPrompts) holds the stock ones.
import type { Said } from './said.js';
import { clauseStarts, skipLeadIns } from './question-clauses.js';

/** Verbs that ask her to tell the rep something when "me" follows. */
const TELLING = new Set([
  'give',
  'paint',
  'tell',
  'walk',
  'talk',
  'take',
  'run',
  'describe',
  'explain',
  'fill',
  'sketch',
]);
/** Words before the verb that leave it a prompt ("Do tell me", "Please give me", "if you'd paint me"). */
const SOFTENERS = new Set(['do', 'please', 'just', "you'd", 'you', 'could', 'would', 'kindly']);
/** What "give me …" may ask for that is no account of hers ("Give me two minutes", "give me a call"). */
const NOT_AN_ACCOUNT = new Set(
  'call ring shout yell buzz text ping yes word minute minutes second seconds moment sec chance go try number email heads break and or if when so then'.split(
    ' ',
  ),
);
const ARTICLES = new Set(['a', 'an', 'the', 'your', 'some']);
/** A wish to hear her ("I'd be keen to hear how…"): who wishes, the wish, the verb, and what she is to tell. */
const WISHERS = new Set(["i'd", 'i', "i'm"]);
const WISHES = new Set(['like', 'love', 'keen', 'grateful', 'interested', 'curious', 'glad']);
const HEARING = new Set(['hear', 'know', 'understand', 'learn']);
const WHAT = new Set(['how', 'what', 'which', 'why', 'where', 'who', 'whether', 'about']);

export function promptShape(s: Said, k: number): boolean {
  const { tokens, sentences } = s.text;
  const end = sentences[k]!.t1;
  for (const c of clauseStarts(s, k)) {
    const first = skipLeadIns(s, c, end);
    // "Give me…" opening the clause, or softened: "Do tell me…", "I'd be grateful if you'd paint me…".
    // "me" after the verb first: one comparison rules out most words before any set lookup.
    for (let i = first; i < end - 1; i++)
      if (tokens[i + 1]!.w === 'me' && (i === first || SOFTENERS.has(tokens[i - 1]!.w)) && tells(s, i, end))
        return true;
    if (wishesToHear(s, c, end) || wishesToHear(s, first, end)) return true;
  }
  return false;
}

/** "give me the lie of the land", "paint me a picture of…": the verb, "me", and an account asked for. */
function tells(s: Said, i: number, end: number): boolean {
  const { tokens } = s.text;
  if (!TELLING.has(tokens[i]?.w ?? '') || tokens[i + 1]?.w !== 'me' || i + 2 >= end) return false;
  let j = i + 2;
  while (j < end - 1 && ARTICLES.has(tokens[j]!.w)) j++;
  // "tell me, and I won't raise it again" asks for word back, not an account.
  return !tokens[j]!.num && !tokens[j]!.breakBefore && !NOT_AN_ACCOUNT.has(tokens[j]!.w);
}

function wishesToHear(s: Said, start: number, end: number): boolean {
  const { tokens } = s.text;
  if (!WISHERS.has(tokens[start]?.w ?? '')) return false;
  for (let i = start + 1; i < Math.min(end, start + 5); i++) {
    if (!WISHES.has(tokens[i]!.w)) continue;
    for (let j = i + 1; j < Math.min(end - 1, i + 4); j++) {
      // "I'd like you to know how well it works" wants her to hear the rep.
      if (tokens[j]!.w === 'you') break;
      if (HEARING.has(tokens[j]!.w) && WHAT.has(tokens[j + 1]!.w)) return true;
    }
  }
  return false;
}
