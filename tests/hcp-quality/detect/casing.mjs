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
    s.summary,
    s.therapeuticArea,
    s.specialty,
    s.product.name,
    s.product.description,
    ...s.objectives,
    ...s.keyMessages,
    s.openingScene,
    ...(s.facts ?? []).map((f) => f.text),
    s.nextSteps.early,
    s.nextSteps.late,
    h.name,
    h.role,
    h.personality,
    h.openingLine,
    ...h.priorities.flatMap((p) => [p.text, ...lineTexts(p.detail)]),
    ...(h.concerns ?? []).flatMap((c) => [c.text, ...lineTexts(c.detail)]),
    ...(h.objections ?? []).flatMap((o) => [...lineTexts(o.text), o.sharper, o.resolution]),
    ...Object.values(h.cues ?? {}).flat(),
  ].filter((t) => typeof t === 'string');
}

/** An acronym or a word with inner capitals (LDL, post-MI, mmHg): cased wherever it stands. */
const isAcronym = (t) => /[A-Z]/.test(t.slice(1));

/** Runs of adjacent cased tokens in a sentence ("Medicare Part D"); a sentence start is not cased by itself. */
function casedRuns(sentence, lower) {
  const runs = [];
  let run = [];
  let count = 0;
  let end = -1;
  for (const m of sentence.matchAll(TOKEN)) {
    const t = m[0];
    const adjacent = /^\s*$/.test(sentence.slice(end, m.index));
    end = m.index + t.length;
    if (t === t.toLowerCase() && hasLetter(t)) lower.add(t);
    const cased = hasLetter(t) && !isPronounI(t) && t !== t.toLowerCase() && (isAcronym(t) || count > 0);
    count++;
    if (cased && adjacent && run.length > 0) run.push(t);
    else {
      if (run.length > 0) runs.push(run);
      run = cased ? [t] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * What the scenario always writes with capitals, lowercase form → as written: acronyms anywhere
 * (LDL, post-MI), capitalised words past a sentence start (Medicare, Thursday), names; and names of
 * several words as phrases ("part d" → "Part D"), so "part" alone stays an ordinary word.
 */
export function casedTerms(scenario) {
  const cased = new Map();
  const lower = new Set();
  const add = (tokens) => cased.set(tokens.join(' ').toLowerCase(), tokens.join(' '));
  for (const text of scenarioProse(scenario)) {
    for (const sentence of sentences(text)) {
      for (const run of casedRuns(sentence, lower)) {
        // Every stretch of two or more: "Medicare Part D" also teaches "Part D".
        for (let i = 0; i < run.length; i++) for (let j = i + 2; j <= run.length; j++) add(run.slice(i, j));
        for (const t of run) if (run.length === 1 || isAcronym(t)) add([t]);
      }
    }
  }
  // Names are proper nouns even where they open a field ("Lipranta (fictional)").
  for (const name of [scenario.product.name, scenario.hcp.name]) {
    for (const t of name.match(TOKEN) ?? []) if (t !== t.toLowerCase() && !isPronounI(t)) add([t]);
  }
  for (const t of lower) cased.delete(t);
  return cased;
}

/** Scenario terms the reply writes all lowercase ("ldl" for LDL, "part d" for Part D). */
export function findLowercasedTerms(cased, reply) {
  const tokens = reply.match(TOKEN) ?? [];
  const found = [];
  for (const [key, written] of cased) {
    const n = key.split(' ').length;
    for (let i = 0; i + n <= tokens.length; i++) {
      const said = tokens.slice(i, i + n);
      if (said.join(' ') === key && hasLetter(key)) found.push({ said: key, written, at: i });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ said, written }) => ({ said, written }));
}

/** Sentence-start words that only a joined template capitalises after a comma ("Well, Our"). */
const MID_CAPS =
  /,\s+(Our|We|The|It|Its|My|Your|This|That|These|Those|They|There|What|How|Why|When|Yes|No|So|And|But|Since|To|If|A|An|He|She|His|Her)\b/;
/** A sentence that starts lowercase: a template joined two pieces with a full stop between. */
const LOWER_START = /(?:^|[.!?]\s+)([a-z][a-z']*)/;

/** "Well, Our…" or "…today. and then": capitalisation a person would not write. */
export function findCapitalizationSeams(reply) {
  const found = [];
  const mid = MID_CAPS.exec(reply);
  if (mid)
    found.push({
      kind: 'capitalised after a comma',
      at: reply.slice(Math.max(0, mid.index - 12), mid.index + mid[0].length),
    });
  const text = reply.replace(/\b(?:e\.g|i\.e|vs|etc|approx)\.\s/gi, '');
  const low = LOWER_START.exec(text.replace(/^(?:\*[^*]*\*\s*)+/, '').replace(/^["'\u201C(]+/, ''));
  if (low) found.push({ kind: 'lowercase sentence start', at: low[0].trim() });
  return found;
}
