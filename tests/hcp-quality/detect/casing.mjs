// Casing seams: scenario acronyms and proper nouns spoken lowercase ("ldl goal", "post-mi"), and
// sentence words capitalised mid-sentence or left lowercase at a sentence start ("Well, Our").
import { sentences } from './words.mjs';

const TOKEN = /[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*/g;
const hasLetter = (t) => /[A-Za-z]/.test(t);
/** "I", "I'm", "I'll": capitalised everywhere, never a term. */
const isPronounI = (t) => /^I(?:'[a-z]+)?$/.test(t);

const lineTexts = (line) => (line === undefined ? [] : typeof line === 'string' ? [line] : Object.values(line));

/** What the scenario writes as prose (never `terms`, which are lowercase keyword lists, nor ids). */
export function scenarioProse(s) {
  const h = s.hcp;
  return [
    s.summary, s.therapeuticArea, s.specialty, s.product.name, s.product.description, ...s.objectives,
    ...s.keyMessages, s.openingScene, ...(s.facts ?? []).map((f) => f.text), s.nextSteps.early, s.nextSteps.late,
    h.name, h.role, h.personality, h.openingLine,
    ...h.priorities.flatMap((p) => [p.text, ...lineTexts(p.detail)]),
    ...(h.concerns ?? []).flatMap((c) => [c.text, ...lineTexts(c.detail)]),
    ...(h.objections ?? []).flatMap((o) => [...lineTexts(o.text), o.sharper, o.resolution]),
    ...Object.values(h.cues ?? {}).flat(),
  ].filter((t) => typeof t === 'string');
}

/**
 * Words the scenario always writes with capitals (LDL, post-MI, Medicare, Thursday): an acronym
 * anywhere, or a capitalised word somewhere other than a sentence start; never written lowercase.
 */
export function casedTerms(scenario) {
  const cased = new Map();
  const lower = new Set();
  for (const text of scenarioProse(scenario)) {
    for (const sentence of sentences(text)) {
      const tokens = sentence.match(TOKEN) ?? [];
      tokens.forEach((t, i) => {
        if (!hasLetter(t) || isPronounI(t)) return;
        if (t === t.toLowerCase()) lower.add(t);
        else if (/[A-Z]/.test(t.slice(1)) || i > 0) cased.set(t.toLowerCase(), t);
      });
    }
  }
  // Names are proper nouns even where they open a field ("Lipranta (fictional)").
  for (const name of [scenario.product.name, scenario.hcp.name]) {
    for (const t of name.match(TOKEN) ?? []) if (t !== t.toLowerCase() && !isPronounI(t)) cased.set(t.toLowerCase(), t);
  }
  for (const t of lower) cased.delete(t);
  return cased;
}

/** Scenario terms the reply writes all lowercase ("ldl" for LDL). */
export function findLowercasedTerms(cased, reply) {
  const found = [];
  for (const t of reply.match(TOKEN) ?? []) {
    if (t === t.toLowerCase() && hasLetter(t) && cased.has(t)) found.push({ said: t, written: cased.get(t) });
  }
  return found;
}

/** Sentence-start words that only a joined template capitalises after a comma ("Well, Our"). */
const MID_CAPS = /,\s+(Our|We|The|It|Its|My|Your|This|That|These|Those|They|There|What|How|Why|When|Yes|No|So|And|But|Since|To|If|A|An|He|She|His|Her)\b/;
/** A sentence that starts lowercase: a template joined two pieces with a full stop between. */
const LOWER_START = /(?:^|[.!?]\s+)([a-z][a-z']*)/;

/** "Well, Our…" or "…today. and then": capitalisation a person would not write. */
export function findCapitalizationSeams(reply) {
  const found = [];
  const mid = MID_CAPS.exec(reply);
  if (mid) found.push({ kind: 'capitalised after a comma', at: reply.slice(Math.max(0, mid.index - 12), mid.index + mid[0].length) });
  const text = reply.replace(/\b(?:e\.g|i\.e|vs|etc|approx)\.\s/gi, '');
  const low = LOWER_START.exec(text.replace(/^(?:\*[^*]*\*\s*)+/, '').replace(/^["'\u201C(]+/, ''));
  if (low) found.push({ kind: 'lowercase sentence start', at: low[0].trim() });
  return found;
}
