// A next step put to both sides, owned by neither: "Let's touch base in a couple of weeks.", "Maybe down
// the road we can revisit it." Whether it is specific or vague is read with the other steps (rep-asks.ts).
import { firstIn, type Said } from './said.js';

/** Words that ask whether a named time suits her: "Is Tuesday or Wednesday better?", "Does Thursday suit?" */
const SUITS = new Set(['better', 'best', 'work', 'works', 'suit', 'suits', 'easier', 'free', 'good']);

/** "Is Tuesday or Wednesday better for the lunch?": a question that offers her a time proposes the step. */
function offersTime(s: Said, k: number): boolean {
  const { t1, q } = s.text.sentences[k]!;
  const when = firstIn(s, 'rep.when', k);
  if (!q || when === undefined) return false;
  for (let i = when.t1; i < t1; i++) if (SUITS.has(s.text.tokens[i]!.w)) return true;
  return false;
}

/** "Let's touch base in a couple of weeks.", "Maybe we can connect again": a step for both sides, owned by neither. */
export function proposes(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const [a, b] = [s.text.tokens[t0]?.w, s.text.tokens[t0 + 1]?.w];
  return (
    a === "let's" ||
    offersTime(s, k) ||
    (PROPOSING.has(a ?? '') && (b === 'we' || weCanIn(s, t0 + 1, t1))) ||
    (a === 'we' && WE_CAN.has(b ?? ''))
  );
}

const WE_CAN = new Set(['can', 'could', 'should']);

/** "Maybe down the road we can revisit it": a hedged proposal whose "we can" comes after a time phrase, in the same clause. */
function weCanIn(s: Said, from: number, t1: number): boolean {
  const { tokens } = s.text;
  for (let i = from; i + 1 < t1 && !tokens[i]!.breakBefore; i++)
    if (tokens[i]!.w === 'we' && WE_CAN.has(tokens[i + 1]!.w)) return true;
  return false;
}

const PROPOSING = new Set(['maybe', 'perhaps']);
