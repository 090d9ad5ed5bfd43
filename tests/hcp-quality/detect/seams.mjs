// Template seams between rep turn and reply: stacked lead-in frames, praise for a question nobody
// asked, a goodbye answered with a question, rep words quoted that are not noun phrases.
import { isStopWord, sentences, words } from './words.mjs';

/** Lead-ins that frame what follows instead of saying something ("Since you ask about X:"). */
const FRAME_STARTS = [
  /^(?:since|as|now that) you (?:ask|asked|mention|mentioned|bring up|brought up)\b/i,
  /^(?:to come|coming|going|to go|getting) back to\b/i,
  /^back to\b/i,
  /^(?:i'?m |i am )?glad you (?:ask|asked)\b/i,
  /^you (?:asked|ask)(?: me)? about\b/i,
  /^we (?:covered|talked about|went over) .{1,40} already\b/i,
  /^(?:that's an? |that is an? |a )?(?:good|great|fair|interesting|excellent) (?:question|point)\b/i,
  /^(?:well|right|so|okay|ok|look|honestly|sure|all right)$/i,
];

/** Segments of a reply, each ending in a colon, a full stop, a question or an exclamation mark. */
const segments = (reply) =>
  reply
    .match(/[^.:!?]+[.:!?]*/g)
    ?.map((s) => s.trim())
    .filter((s) => s !== '') ?? [];

export function isFrame(segment) {
  const body = segment.replace(/[.:!?,]+$/, '').trim();
  if (segment.endsWith(':') && words(body).length <= 8) return true;
  return FRAME_STARTS.some((re) => re.test(body));
}

/** Two frames in a row ("Since you ask about X: To come back to X:"). */
export function findStackedFrames(reply) {
  const parts = segments(reply);
  for (let i = 1; i < parts.length; i++) {
    if (isFrame(parts[i - 1]) && isFrame(parts[i])) return [{ at: `${parts[i - 1]} ${parts[i]}` }];
  }
  return [];
}

/** Did the rep ask anything: a question mark, or a prompt such as "tell me about". */
export const asksSomething = (rep) =>
  rep.includes('?') || /\b(?:tell me|walk me through|talk me through|help me understand|describe|explain)\b/i.test(rep);

const PRAISE = /\b(?:good|great|fair|interesting|excellent) question\b|\bglad you asked\b|\bthanks for asking\b/i;

/** "Good question" (or kin) after a rep turn that asked nothing. */
export function findPraiseWithoutQuestion(rep, reply) {
  const m = PRAISE.exec(reply);
  return m && !asksSomething(rep) ? [{ at: m[0] }] : [];
}

const GOODBYE =
  /\b(?:bye|goodbye|see you|talk soon|take care|have a (?:good|great|nice)|i'?ll let you (?:go|get back)|thanks for (?:your|the) time|thank you for (?:your|the) time|i'?ll (?:check|stop|swing|come) (?:back|by)|i'?ll be in touch|keep us in mind)\b/i;

/** The rep is leaving (and asks nothing), and the HCP answers with a question. */
/** A reply with no words at all ("..."): the engine found nothing it could say. */
export function findSilentReply(reply) {
  return /\p{L}/u.test(reply) ? [] : [{ at: reply }];
}

export function findGoodbyeQuestion(rep, reply) {
  if (!GOODBYE.test(rep) || rep.includes('?') || !reply.includes('?')) return [];
  return [
    {
      at:
        sentences(reply)
          .filter((s) => s.endsWith('?'))
          .at(-1) ?? reply,
    },
  ];
}

/** A quoted rep phrase must be a noun phrase: these words cannot start one ("stop using", "try it"). */
const VERBS = new Set(
  (
    'try stop start use switch take get make keep add prescribe give do see go handle need want think know say tell ask let put ' +
    'come bring send change replace continue manage treat show walk offer consider review move pick drop leave share discuss talk ' +
    'hear learn understand be have is are was were can will would could should may might must'
  ).split(' '),
);
const BAD_LAST = new Set(
  'it them this that the a an and or of to with for in on at my your our their his her i we you they'.split(' '),
);
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

export function isNounPhrase(phrase) {
  const w = words(phrase);
  if (w.length === 0) return false;
  if (VERBS.has(w[0]) || BAD_LAST.has(w[w.length - 1])) return false;
  return !w.some((x) => SUBJECTS.has(x));
}

/** Where a reply slots in the rep's words: after these, or inside quotation marks. */
const SLOT = /\b(?:about|handle|handles|with|regarding|on)\s+([^.,;:!?"\u201C\u201D]{1,40}?)(?=[.,;:!?"\u201D]|$)/gi;
const QUOTED = /(?:^|\s)["\u201C']([^"\u201C\u201D']{1,60})["\u201D'](?=[\s.,;:!?]|$)/g;

const escape = (w) => w.replace(/[.-]/g, '\\$&');
/** The phrase's words, in order, in the rep's turn: the reply is quoting the rep. */
const said = (phrase, rep) =>
  new RegExp(`(?:^|[^a-z0-9])${words(phrase).map(escape).join('\\W+')}(?![a-z0-9])`, 'i').test(rep);

/** Rep words echoed into a frame that are not a noun phrase ("more about try it"). */
export function findNonNounEchoes(rep, reply) {
  const found = [];
  for (const re of [SLOT, QUOTED]) {
    for (const m of reply.matchAll(re)) {
      const phrase = m[1].trim();
      const content = words(phrase).filter((w) => !isStopWord(w));
      if (content.length === 0 || words(phrase).length > 4 || !said(phrase, rep)) continue;
      if (!isNounPhrase(phrase)) found.push({ phrase, at: m[0].trim() });
    }
  }
  return found;
}
