// The HCP says more about an open objection the rep explores ("What does a brand copay mean for your
// patients?"): why it matters to them, in their voice, instead of an answer about some other topic.
import type { Objection } from '../scenario/index.js';
import { analyzeWords } from '../understand/index.js';
import { openObjectionIds } from './objections.js';
import { fillLine, type Option, type Piece, type ReplyCtx } from './plan.js';
import { questionText } from './reading.js';
import { termHits } from './term-match.js';

/** Why each kind of objection weighs on the customer, in words that fit a physician, a pharmacist, a payer or an office manager. */
const WHY: Record<Objection['kind'], readonly string[]> = {
  cost: [
    'Cost is not a side issue for us. Whoever ends up paying more notices, and they stop filling it.',
    'If it costs more, someone has to justify the extra, and that usually lands on me.',
  ],
  access: [
    'Every extra approval step is time somebody here does not have, and people wait while we fight it.',
    'If it is not covered, it does not matter how good it is: nobody gets it.',
  ],
  safety: [
    'If something goes wrong, I am the one who deals with it afterwards, not the trial investigators.',
    'The people I see are older and sicker than a trial population. That is where side effects show up.',
  ],
  evidence: [
    'I need to see it hold up in people like ours, not only in a trial population.',
    'A trial result is one thing. I want to know how it holds up in practice.',
  ],
  'status-quo': [
    'What we do now works well enough, and changing it costs time and retraining.',
    'Everyone here knows the current routine. A switch means retraining people.',
  ],
  time: [
    'The schedule is overbooked already. Anything new has to save time, not cost it.',
    'There is no slack in the day. Anything extra comes out of time we do not have.',
  ],
};

/** Content words of the objection as the HCP said it: what a rep exploring it echoes ("what does fine look like?"). */
function namesObjection(ctx: ReplyCtx, o: Objection): boolean {
  if (ctx.ev.hits.raisedBy[o.id] !== undefined) return true;
  const rep = ctx.state.said.at(-1);
  if (rep?.speaker !== 'rep') return false;
  const theirs = contentOf(o);
  for (const w of analyzeWords(rep.text).content) if (theirs.has(w)) return true;
  return false;
}

/** Content words a question must share with the concern to be about it, when it also names another topic. */
const NAMES_CONCERN = 2;

/** The rep's question itself is about the concern: its trigger or answer terms, or two of its words. */
function questionNames(ctx: ReplyCtx, o: Objection): boolean {
  const rep = ctx.state.said.at(-1);
  const q = rep?.speaker === 'rep' ? questionText(rep.text) : '';
  if (q === '') return false;
  const t = analyzeWords(q);
  if (termHits(t, [...o.raisedBy, ...o.resolvedBy]).length > 0) return true;
  let shared = 0;
  for (const w of contentOf(o)) if (t.content.has(w)) shared++;
  return shared >= NAMES_CONCERN;
}

const contentOf = (o: Objection): Set<string> =>
  analyzeWords(typeof o.text === 'string' ? o.text : Object.values(o.text).join(' ')).content;

/**
 * The open objection the rep explores: right after it was raised (the reader's explore act), or later
 * with an open question in its own words ("What does a brand copay mean for your patients?"). One the
 * rep names comes first, then the most recently raised; never one raised or resolved this very turn.
 */
function explored(ctx: ReplyCtx): Objection | undefined {
  const { ev } = ctx;
  const open = openObjectionIds(ctx.state).filter(
    (id) => !ev.objections.resolved.includes(id) && id !== ev.objections.raised,
  );
  // "What happens when a patient hears the copay?" explores the copay, not the open concern about time.
  const elsewhere = (ev.askedAbout ?? []).length > 0;
  const asks = (o: Objection) =>
    (ev.acts.includes('explore') && (!elsewhere || questionNames(ctx, o))) ||
    (ev.question === 'open' && ev.hits.raisedBy[o.id] !== undefined);
  const rank = (o: Objection) => (namesObjection(ctx, o) ? 1000 : 0) + (ctx.state.objections[o.id]?.raisedAt ?? -1);
  return ctx.s.hcp.objections.filter((o) => open.includes(o.id) && asks(o)).sort((a, b) => rank(b) - rank(a))[0];
}

/**
 * The scenario's own fuller wording of the objection ("The boxed warning is the issue. If you're going to
 * tell me who it matters least for, go on."), when the HCP raised it in another one.
 */
function ownWords(ctx: ReplyCtx, o: Objection): Option[] {
  if (typeof o.text === 'string' || o.text.open === undefined) return [];
  if (ctx.state.usedLines.includes(`${o.id}:text:open`) || ctx.used.has(`${o.id}:explain`)) return [];
  return [{ id: `${o.id}:explain`, text: fillLine(o.text.open, ctx) }];
}

export function explainPiece(ctx: ReplyCtx): { piece: Piece; id: string } | undefined {
  const o = explored(ctx);
  if (o === undefined) return undefined;
  return { piece: { options: [...ownWords(ctx, o), ...WHY[o.kind].map((text) => ({ text }))] }, id: o.id };
}
