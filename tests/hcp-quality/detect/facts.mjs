// Role inversion: the HCP reciting the rep's product facts before the rep has said them.
import { contentWords, coverage } from './words.mjs';

/** A fact is "in" a text when this share of its distinctive words is there (the rule). */
export const FACT_SHARE = 0.6;
/** Facts with fewer distinctive words than this are too thin to recognise by overlap. */
export const MIN_FACT_WORDS = 3;

const lineTexts = (line) => (line === undefined ? [] : typeof line === 'string' ? [line] : Object.values(line));

/** Everything the scenario gives the HCP to say: its own words are never the rep's facts. */
export function hcpOwnWords(scenario) {
  const h = scenario.hcp;
  const texts = [
    h.openingLine,
    ...h.priorities.flatMap((p) => [p.text, ...lineTexts(p.detail)]),
    ...(h.concerns ?? []).flatMap((c) => [c.text, ...lineTexts(c.detail)]),
    ...(h.objections ?? []).flatMap((o) => [...lineTexts(o.text), o.sharper, o.resolution]),
    scenario.nextSteps.early,
    scenario.nextSteps.late,
  ];
  return contentWords(texts.filter((t) => t !== undefined).join(' '));
}

/** The product facts and key messages, each with the words that make it the rep's to say. */
export function productFacts(scenario) {
  const own = hcpOwnWords(scenario);
  const all = [
    ...(scenario.facts ?? []).map((f) => ({ id: f.id, text: f.text })),
    ...scenario.keyMessages.map((text, i) => ({ id: `key-message-${i + 1}`, text })),
  ];
  return all
    .map((f) => ({ ...f, words: new Set([...contentWords(f.text)].filter((w) => !own.has(w))) }))
    .filter((f) => f.words.size >= MIN_FACT_WORDS);
}

/**
 * HCP replies holding FACT_SHARE of a fact's distinctive words while all rep turns before them hold
 * less: the HCP told the rep's story for them.
 */
export function findRecitedFacts(scenario, transcript) {
  const facts = productFacts(scenario);
  const repSoFar = new Set();
  const found = [];
  transcript.forEach((t, i) => {
    const said = contentWords(t.text);
    if (t.speaker === 'rep') {
      for (const w of said) repSoFar.add(w);
      return;
    }
    const recited = facts.filter(
      (f) => coverage(f.words, said) >= FACT_SHARE && coverage(f.words, repSoFar) < FACT_SHARE,
    );
    if (recited.length > 0) found.push({ turn: i, facts: recited.map((f) => f.id), text: t.text });
  });
  return found;
}
