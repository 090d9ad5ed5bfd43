// Move selection (docs/hcp.md "Reply"): end → explain → correct → answer → dodged → raise → react → probe, first match wins.
import { answerTarget, asksWithheld, exhausted, namedIds, summaryAfterDetail, topicOf } from './answer.js';
import { dodgedPlan } from './dodged.js';
import { asksOffCall, givesFloorBack } from './off-call.js';
import { steerPiece } from './steer.js';
import { conditionOf, nextStepFor, nextStepKey } from './ending.js';
import { objectionTopic } from './objections.js';
import { fillLine, framePiece, linePiece, makePlan, type Piece, type Plan, type ReplyCtx } from './plan.js';
import { correctionPlan, detailPiece, reactPlan } from './react.js';
import { addExtras } from './extras.js';
import { explainPiece } from './explain.js';
import { raisedNow, raisePiece } from './raise.js';
import { resolutionPiece } from './resolution.js';
import type { RepAct } from './types.js';

const plan = makePlan;

function endPlan(ctx: ReplyCtx): Plan | undefined {
  const { ev } = ctx;
  if (ev.commitment === 'ready') {
    const refs = [`nextSteps.${nextStepKey(ctx.s)}`];
    const condition = ctx.s.hcp.objections.find((o) => o.id === conditionOf(ctx.state));
    if (condition !== undefined)
      return plan(
        'agree',
        [framePiece(ctx, 'agreeIf', { step: nextStepFor(ctx.s), topic: objectionTopic(condition) })],
        [...refs, condition.id],
      );
    return plan('agree', [framePiece(ctx, 'agree', { step: nextStepFor(ctx.s) })], refs);
  }
  if (ev.ended === undefined) return undefined;
  const name = ev.ended === 'walk-out' ? 'walkOut' : ev.ended === 'time-out' ? 'timeOut' : 'recapClose';
  return plan('end', [framePiece(ctx, name)]);
}

/** A lead that fits what the rep did: "Good question." only after a question, "Yes." before a yes. */
function leadFor(ctx: ReplyCtx): Piece[] {
  if (ctx.depth === 'closed') return [];
  if (ctx.ev.question === undefined) return [framePiece(ctx, 'agendaLead')];
  return [framePiece(ctx, ctx.ev.yesNo === true ? 'yesLead' : 'answerLead')];
}

/** Acts that make a question an ask for a next step, answered by the commitment logic, never by "Yes.". */
const ASKS: readonly RepAct[] = ['commitment_request', 'next_step_specific', 'next_step_vague'];

/**
 * "So it's the extra visits. Is that right?", "…four fewer days a month. Does that matter for your
 * patients?": a yes/no check on what the rep just played back or tied to the HCP is confirmed (react),
 * not answered from the HCP's material ("I've told you what I know about goal").
 */
function checksPlayback(ctx: ReplyCtx): boolean {
  const { ev } = ctx;
  return (
    ev.question === 'closed' &&
    (ev.acts.includes('paraphrase') || ev.acts.includes('priority_link')) &&
    ((ev.askedAbout ?? []).length === 0 || ev.playsBack === true)
  );
}

function answerPlan(ctx: ReplyCtx): Plan | undefined {
  if (ctx.ev.repeatedQuestion === true) return plan('react', [framePiece(ctx, 'askedAgain')]);
  if (ASKS.some((a) => ctx.ev.acts.includes(a)) || (ctx.ev.request === true && ctx.ev.question !== 'open'))
    return undefined;
  if (checksPlayback(ctx)) return undefined;
  // "…your biggest worry is cognition in the over-75s. Is that right?" in words she would not use: partly.
  if (ctx.ev.checkIn === true && !ctx.ev.acts.includes('misstated_recap')) {
    const detail = detailPiece(ctx);
    return plan('react', [framePiece(ctx, 'partly'), detail.piece], detail.id ? [detail.id] : []);
  }
  // "Did you see the game last night?" is small talk off the call's topic, not a question to answer "Of course." to.
  // A feature dump ("…once-daily, PASI 75 in 68 percent, no injections, fast onset…") is reacted to, not answered.
  if (['off_topic', 'no_content', 'feature_dump'].some((a) => ctx.ev.acts.includes(a as RepAct))) return undefined;
  // "Is now okay, or should I come back?" asks for her time, whatever topic it names: she grants it or not.
  if (ctx.ev.timeRequest === true) return plan('react', [framePiece(ctx, 'timeOk')]);
  if (asksWithheld(ctx)) return plan('react', [framePiece(ctx, 'withheld')]);
  // "…, would that solve it?" asks whether the rep's offer helps: she weighs it, never "I've told you what I know".
  if (ctx.ev.offersHelp === true && ctx.ev.question !== 'open' && !asksOffCall(ctx))
    return plan('react', [framePiece(ctx, 'mightHelp')]);
  const m = answerTarget(ctx);
  // "Do you prescribe ARBs?": a yes/no question on nothing the HCP cares about still gets its answer.
  if (m === undefined) {
    // "Sure, plenty." fits "Do you see many?", not "Did you catch the game last night?".
    if (ctx.ev.yesNo === true) return plan('react', [framePiece(ctx, asksOffCall(ctx) ? 'offTopic' : 'plainYes')]);
    // "How many come in on Saturdays?": a number the scenario does not give gets an honest answer.
    if (ctx.ev.quantity !== true) return undefined;
    // "How many of them?" right after "Two of my patients…": she says her count again, not "I'd have to check".
    const count = countJustSaid(ctx);
    return plan('react', [count === undefined ? framePiece(ctx, 'unsure') : framePiece(ctx, 'saidCount', { count })]);
  }
  // Said in full already: say so and ask what the rep is after, never the same sentence again; a topic
  // the rep did not ask about is no answer at all ("That's all there is to goal" to a copay question).
  if (exhausted(ctx, m))
    return namedIds(ctx).includes(m.id)
      ? plan('react', [framePiece(ctx, 'covered', { topic: topicOf(ctx, m.id) })], [m.id])
      : undefined;
  // The summary after the story says she has said it ("Like I said: …"), not "Good question." and old news.
  const summary = summaryAfterDetail(ctx, m);
  if (summary !== undefined) {
    const line = fillLine(summary.text, ctx);
    // No {echo}: the rep's word may name another topic of the same turn ("We covered technique already").
    const again = framePiece(ctx, 'again', { line, echo: undefined }).options.map((o) => ({ ...o, id: summary.id }));
    return { ...plan('answer', [{ options: again }], [m.id]), lastRef: m.id };
  }
  // A line that brings its own lead-in ("Here's the thing nobody asks about: …") needs no second one.
  const next = m.variants.find((v) => !ctx.used.has(v.id));
  const ownLead = next !== undefined && /^[^.?!]{0,60}:/u.test(next.text);
  const p = plan(
    'answer',
    [...(ownLead ? [] : leadFor(ctx)), linePiece(ctx, m.variants, 'again', m.again)],
    [m.id],
    m.reveals ? [m.reveals] : [],
  );
  p.lastRef = m.id;
  return p;
}

/** The rep explores an open objection: the HCP explains why it matters before anything else. */
function explainPlan(ctx: ReplyCtx): Plan | undefined {
  const why = explainPiece(ctx);
  return why === undefined ? undefined : plan('react', [why.piece], [why.id]);
}

function raisePlan(ctx: ReplyCtx): Plan | undefined {
  const piece = raisePiece(ctx);
  if (piece === undefined) return undefined;
  // An ask raised the concern: answer the ask ("Not yet.") before saying what stands in the way.
  const lead = ctx.ev.commitment === 'premature' ? [framePiece(ctx, 'notYetLead')] : [];
  return plan('raise', [...lead, piece], [raisedNow(ctx)!.id]);
}

function probePlan(ctx: ReplyCtx): Plan {
  if (givesFloorBack(ctx)) return plan('probe', [framePiece(ctx, 'floorBack')]);
  // "Can we pick up there?" asks leave: a yes before her own question, not a question in its place.
  const lead = ctx.ev.acts.includes('acknowledge')
    ? [framePiece(ctx, 'ack')]
    : ctx.ev.request === true
      ? [framePiece(ctx, 'grant')]
      : [];
  return plan('probe', [...lead, steerPiece(ctx, 'probe')]);
}

/** The whole reply plan: the first matching move, a resolution lead, then depth extras. */
export function planReply(ctx: ReplyCtx): Plan {
  const ending = endPlan(ctx);
  if (ending) return ending;
  if (ctx.ev.farewell === true) return plan('end', [framePiece(ctx, 'farewell')]);
  if (ctx.ev.greeting === true) return plan('react', [framePiece(ctx, 'greeting')]);
  const main =
    explainPlan(ctx) ??
    correctionPlan(ctx) ??
    answerPlan(ctx) ??
    dodgedPlan(ctx) ??
    raisePlan(ctx) ??
    reactPlan(ctx) ??
    probePlan(ctx);
  const resolved = resolutionPiece(ctx);
  if (resolved) {
    main.pieces.unshift(resolved.piece);
    main.refs.unshift(resolved.id);
    if (main.kind === 'probe') main.kind = 'react';
  }
  return addExtras(ctx, main);
}

/** A count of people in her last turn ("Two of my patients", "a handful of them"), capitalized to open a reply. */
const COUNTED =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|a couple|a few|a handful|a dozen)\b(?=\s+(?:of\s+(?:my|them|our|those|these|the)\b|patients\b|people\b))/iu;
function countJustSaid(ctx: ReplyCtx): string | undefined {
  const last = ctx.state.said.findLast((t) => t.speaker === 'customer');
  const n = last === undefined ? undefined : COUNTED.exec(last.text)?.[1];
  return n === undefined ? undefined : n.charAt(0).toUpperCase() + n.slice(1);
}
