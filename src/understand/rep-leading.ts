// Leading questions: shaped as questions, they ask the HCP to agree with the rep's answer ("How
// frustrating is it when…?", "What would it mean to you if you never had to…?", "Wouldn't you agree…?").
// Trainers count them as closed questions that discover nothing, whatever HCP words they borrow.
import type { Said } from './said.js';

/** After "how": a feeling or a judgement the rep supplies ("how frustrating", "how important"). */
const FEELINGS = new Set([
  'frustrating',
  'important',
  'hard',
  'bad',
  'difficult',
  'annoying',
  'painful',
  'great',
  'nice',
  'helpful',
  'valuable',
  'amazing',
  'wonderful',
  'useful',
  'exciting',
  'tough',
  'stressful',
  'upsetting',
  'maddening',
  'irritating',
  'exhausting',
  'draining',
  'disappointing',
  'scary',
  'worrying',
]);
/** Tags that ask for agreement: "wouldn't you agree", "don't you think", "isn't that right". */
const TAGS: readonly (readonly string[])[] = [
  ["wouldn't", 'you', 'agree'],
  ["don't", 'you', 'think'],
  ["wouldn't", 'it', 'be'],
  ["wouldn't", 'that', 'be'],
  ["isn't", 'that', 'right'],
  ['what', 'would', 'it', 'mean'],
  ['surely'],
  ['what', 'would', 'it', 'be', 'worth'],
  ['how', 'much', 'would', 'it', 'be', 'worth'],
  ['how', 'much', 'of', 'a', 'headache'],
  ['how', 'much', 'of', 'a', 'hassle'],
  ['how', 'much', 'of', 'a', 'pain'],
  ['how', 'much', 'of', 'a', 'burden'],
];

/** `tagsOnly`: "What would it be worth to you…?" reads open by its first word; only a tag makes it leading. */
export function isLeading(s: Said, k: number, tagsOnly = false): boolean {
  const sent = s.text.sentences[k];
  if (sent === undefined || !sent.q) return false;
  const { tokens } = s.text;
  for (let i = sent.t0; i < sent.t1; i++) {
    const w = tokens[i]!.w;
    if (!tagsOnly && w === 'how' && FEELINGS.has(tokens[i + 1]?.w ?? '') && i + 1 < sent.t1) return true;
    if (TAGS.some((tag) => tag.every((x, n) => i + n < sent.t1 && tokens[i + n]!.w === x))) return true;
  }
  return false;
}
