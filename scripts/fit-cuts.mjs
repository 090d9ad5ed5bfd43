#!/usr/bin/env node
// Fits the rubric's cut points and component weights to labeled conversations by coordinate descent,
// and reports how the fit holds with each author's files left out of it. It prints the fitted values;
// a person copies the ones worth keeping into src/scoring/rubric.ts (the fit never writes code).
//
//   npm run build && node scripts/fit-cuts.mjs ../shared/labeled/dev [--rounds 2] [--metric id] [--loao]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RUBRIC, METRIC_IDS, overallScore, readTranscript, scoreConversation } from '../dist/scoring/index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (dir === undefined) {
  console.error('usage: node scripts/fit-cuts.mjs <labeled dir> [--rounds N] [--metric id] [--loao]');
  process.exit(2);
}
const flag = (name) => args.includes(name);
const value = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const rounds = Number(value('--rounds', '2'));
const only = value('--metric', undefined);

const band = (s) => (s === null ? 'n/a' : s >= 4 ? 'high' : s >= 2.5 ? 'mid' : 'low');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.acts.json'))
  .sort();
const items = files.map((f) => {
  const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return {
    id: d.id,
    author: d.id.match(/^[A-Za-z]+/)[0],
    turns: d.turns,
    expected: d.expected,
    overall: d.expected_overall,
    reading: readTranscript(d.turns, DEFAULT_RUBRIC),
  };
});

/** Agreement of one metric (or overall) over the given items. */
function agreement(rubric, subset, metric) {
  let ok = 0;
  for (const it of subset) {
    const results = scoreConversation(it.turns, rubric, it.reading);
    if (metric === 'overall') {
      if (band(overallScore(results, rubric)) === it.overall) ok++;
    } else if (band(results.find((m) => m.id === metric).score) === it.expected[metric].band) ok++;
  }
  return ok / subset.length;
}

/** Every numeric knob of one metric: its cut points and its component weights, with candidate values. */
function knobs(rubric, metric) {
  const out = [];
  const walk = (obj, path, scores) => {
    for (const [k, v] of Object.entries(obj)) {
      const isScore = scores || SCORE_KEYS.has(k);
      if (Array.isArray(v)) {
        const ratio = v.every((x) => x >= 0 && x <= 1);
        v.forEach((x, i) => out.push({ path: [...path, k, i], values: near(x, ratio ? 'ratio' : 'count') }));
      } else if (typeof v === 'number') out.push({ path: [...path, k], values: near(v, isScore ? 'score' : 'count') });
      else if (v && typeof v === 'object') walk(v, [...path, k], isScore);
    }
  };
  walk(rubric.cuts[metric], ['cuts', metric], false);
  for (const k of Object.keys(rubric.metrics[metric].weights))
    out.push({ path: ['metrics', metric, 'weights', k], values: [0, 0.5, 1, 2, 3] });
  return out;
}

/** Cut values that are themselves 1–5 scores (everything under these keys too). */
const SCORE_KEYS = new Set([
  'noPurpose',
  'pitchPurpose',
  'noRecap',
  'weakRecap',
  'withoutLinkCap',
  'ignored',
  'answeredOnly',
  'heard',
  'heardAndAnswered',
  'hollow',
  'closing',
  'ending',
  'outcome',
]);

/** Candidate values around x: ratios move in 0.05 steps, counts in ones, scores in halves within 1–5. */
function near(x, kind) {
  const [step, lo, hi] = kind === 'ratio' ? [0.05, 0, 1] : kind === 'score' ? [0.5, 1, 5] : [1, 0, 20];
  return [-3, -2, -1, 0, 1, 2, 3].map((d) => Math.round((x + d * step) * 100) / 100).filter((v) => v >= lo && v <= hi);
}

const get = (obj, path) => path.reduce((o, k) => o[k], obj);
const set = (obj, path, v) => {
  get(obj, path.slice(0, -1))[path[path.length - 1]] = v;
};

/** Coordinate descent on one metric; a candidate must break no ladder order (the schema would refuse it). */
function fitMetric(rubric, subset, metric) {
  let best = agreement(rubric, subset, metric);
  for (let r = 0; r < rounds; r++) {
    for (const k of knobs(rubric, metric)) {
      const current = get(rubric, k.path);
      let bestValue = current;
      for (const v of k.values) {
        if (v === current) continue;
        set(rubric, k.path, v);
        const parent = get(rubric, k.path.slice(0, -1));
        const ordered =
          !Array.isArray(parent) ||
          parent.every((x, i) => i === 0 || x <= parent[i - 1]) ||
          parent.every((x, i) => i === 0 || x >= parent[i - 1]);
        const a = ordered ? agreement(rubric, subset, metric) : -1;
        if (a > best + 1e-9) {
          best = a;
          bestValue = v;
        }
      }
      set(rubric, k.path, bestValue);
    }
  }
  return best;
}

function fit(subset) {
  const rubric = structuredClone(DEFAULT_RUBRIC);
  for (const m of METRIC_IDS) if (only === undefined || only === m) fitMetric(rubric, subset, m);
  return rubric;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const metricAgreement = (rubric, subset) =>
  METRIC_IDS.reduce((n, m) => n + agreement(rubric, subset, m), 0) / METRIC_IDS.length;

console.log(
  `before: metric ${pct(metricAgreement(DEFAULT_RUBRIC, items))}, overall ${pct(agreement(DEFAULT_RUBRIC, items, 'overall'))}`,
);
const fitted = fit(items);
console.log(
  `fitted on all: metric ${pct(metricAgreement(fitted, items))}, overall ${pct(agreement(fitted, items, 'overall'))}`,
);
for (const m of METRIC_IDS) {
  const changed =
    JSON.stringify(fitted.cuts[m]) !== JSON.stringify(DEFAULT_RUBRIC.cuts[m]) ||
    JSON.stringify(fitted.metrics[m].weights) !== JSON.stringify(DEFAULT_RUBRIC.metrics[m].weights);
  if (changed)
    console.log(`  ${m}: cuts ${JSON.stringify(fitted.cuts[m])} weights ${JSON.stringify(fitted.metrics[m].weights)}`);
}
if (flag('--loao')) {
  for (const a of [...new Set(items.map((i) => i.author))]) {
    const held = items.filter((i) => i.author === a);
    const train = items.filter((i) => i.author !== a);
    const r = fit(train);
    console.log(
      `author ${a} held out: fitted on ${train.length} files, on ${a}'s ${held.length}: metric ${pct(metricAgreement(r, held))} (rubric as shipped: ${pct(metricAgreement(DEFAULT_RUBRIC, held))}), overall ${pct(agreement(r, held, 'overall'))}`,
    );
  }
}
