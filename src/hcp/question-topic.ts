// What a rep's question asks about (docs/hcp.md "Reply"): the scenario's terms first, else the words
// the question shares with each priority's and concern's own lines, rare words counting most.
import type { Scenario } from '../scenario/index.js';
import { analyzeWords, stem } from '../understand/index.js';
import { findHits } from './hits.js';
import { questionText } from './reading.js';

/**
 * Words reps ask with, read as the word the HCP's lines use (the reader already folds "copay", "price",
 * "shot", "pounds"): "What do they pay?" asks about cost, "IV drips" about infusions.
 */
const ASKED_AS: Readonly<Record<string, string>> = {
  pay: 'cost',
  pays: 'cost',
  paying: 'cost',
  pocket: 'cost',
  drip: 'infusion',
  drips: 'infusion',
  iv: 'infusion',
  thinner: 'anticoagulant',
  thinners: 'anticoagulant',
  drop: 'low',
  drops: 'low',
  dropping: 'low',
};

/** Content stems of a text, with reps' everyday words read as the scenario's. */
function stemsOf(text: string): Set<string> {
  const t = analyzeWords(text);
  const out = new Set(t.content);
  for (const w of t.words) {
    const as = ASKED_AS[w];
    if (as !== undefined) out.add([...analyzeWords(as).content][0] ?? stem(as));
  }
  return out;
}

interface Topic {
  id: string;
  stems: Set<string>;
  /** Stems of its terms: the words the scenario says the topic is about. */
  terms: Set<string>;
  /** Its one-word terms only: "sleep" of "sleep hygiene" is no name for the topic in an insomnia call. */
  names: Set<string>;
}

const topicsCache = new WeakMap<Scenario, Topic[]>();

/** Each priority's and concern's words: its terms and every line the HCP may say about it. */
function topicsOf(s: Scenario): Topic[] {
  const hit = topicsCache.get(s);
  if (hit) return hit;
  const lines = (l: unknown): string[] =>
    typeof l === 'string'
      ? [l]
      : l && typeof l === 'object'
        ? Object.values(l).filter((x) => typeof x === 'string')
        : [];
  const topics = [...s.hcp.priorities, ...s.hcp.concerns].map((x) => ({
    id: x.id,
    stems: stemsOf([...x.terms, x.text, x.says ?? '', x.asks ?? '', ...lines(x.detail)].join('. ')),
    terms: stemsOf(x.terms.join('. ')),
    names: stemsOf(x.terms.filter((t) => !/[\s-]/u.test(t.trim())).join('. ')),
  }));
  topicsCache.set(s, topics);
  return topics;
}

/** Verbs that carry any question ("went", "gets", "come"): they say nothing about its topic. */
const LIGHT = new Set(['go', 'get', 'come', 'make', 'take', 'put', 'want', 'need', 'see', 'tell', 'talk'].map(stem));
/** A word of the topic's own terms says more than one of its lines uses in passing. */
const TERM_WEIGHT = 2;

/** Rare shared words enough to say which topic is asked about: two, or one of its terms ("far" in "so far" is not enough). */
const MIN_SCORE = 2;
/** …and the best topic must clearly lead the next, or the question is too vague to pick one. */
const LEAD = 1.25;

/**
 * "How many of them are using their inhalers wrong?" names no term, but "use" and "wrong" are the HCP's
 * own words about technique while "inhalers" runs through every topic: each shared word counts by how
 * few topics use it (inverse document frequency), so incidental nouns of the call weigh nothing.
 */
function sharedTopic(q: string, s: Scenario): string | undefined {
  const topics = topicsOf(s);
  const asked = stemsOf(q);
  const n = topics.length;
  const scored = topics
    .map((t) => {
      let score = 0;
      for (const w of asked) {
        if (!t.stems.has(w) || LIGHT.has(w)) continue;
        const df = topics.filter((o) => o.stems.has(w)).length;
        score += Math.log(n / df) * (t.terms.has(w) ? TERM_WEIGHT : 1);
      }
      return { id: t.id, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (best === undefined || best.score < MIN_SCORE) return undefined;
  return next !== undefined && best.score < next.score * LEAD ? undefined : best.id;
}

/**
 * "What do they pay for the device?" asks about cost; the device is only where. The first word after
 * what/how/who that is one topic's one-word term, read as the scenario reads it ("pay" as cost), is what the
 * question asks: that topic comes first. Words of the topics' lines do not count ("keep an eye on").
 */
function focusTopic(q: string, s: Scenario): string | undefined {
  const asked = /\b(?:what|how|who|which|why)\b(.*)$/iu.exec(q.split(/(?<=[.!?])\s+/u).at(-1) ?? '')?.[1];
  if (asked === undefined) return undefined;
  const topics = topicsOf(s);
  for (const w of analyzeWords(asked).words) {
    for (const st of stemsOf(w)) {
      const users = topics.filter((t) => t.names.has(st));
      if (users.length > 0) return users.length === 1 ? users[0]!.id : undefined;
    }
  }
  return undefined;
}

/** "…at 95 systolic. What do you check on kidney function?": the question names what to answer. */
export function askedAbout(text: string, s: Scenario): string[] {
  const q = questionText(text);
  if (q === '') return [];
  const h = findHits(analyzeWords(q), s, [], q);
  const named = [...Object.keys(h.priorities), ...Object.keys(h.concerns)];
  const focus = named.length > 0 ? focusTopic(q, s) : undefined;
  if (focus !== undefined && !named.includes(focus)) return [focus, ...named];
  if (named.length > 0) return named;
  const shared = sharedTopic(q, s);
  return shared === undefined ? [] : [shared];
}
