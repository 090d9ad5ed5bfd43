// What the HCP says when a concern is settled: the scenario's own line when it sums up what the rep
// actually said, else a plain frame ("All right, that helps with my concern about safety.").
import { analyzeWords } from '../understand/index.js';
import { objectionTopic } from './objections.js';
import { framePiece, type Piece, type ReplyCtx } from './plan.js';

/** Share of a line's content words the rep has said somewhere in the call. */
function repShare(ctx: ReplyCtx, line: string): number {
  const words = analyzeWords(line).content;
  if (words.size === 0) return 1;
  const rep = new Set<string>();
  for (const t of ctx.state.said) if (t.speaker === 'rep') for (const w of analyzeWords(t.text).content) rep.add(w);
  let n = 0;
  for (const w of words) if (rep.has(w)) n++;
  return n / words.size;
}

/**
 * "Similar rates and a conservative titration guide. That's reassuring." credits the rep with facts;
 * said after a rep who only mentioned the titration guide, it puts words in the rep's mouth.
 */
const SUMS_UP_REP = 0.5;

export function resolutionPiece(ctx: ReplyCtx): { piece: Piece; id: string } | undefined {
  const o = ctx.s.hcp.objections.find((x) => x.id === ctx.ev.objections.resolved[0]);
  if (o === undefined) return undefined;
  const fits = o.resolution !== undefined && repShare(ctx, o.resolution) >= SUMS_UP_REP;
  const own = fits && !ctx.used.has(`${o.id}:resolution`) ? [{ id: `${o.id}:resolution`, text: o.resolution! }] : [];
  return {
    piece: {
      options: [
        ...own,
        ...(o.kind === 'time'
          ? framePiece(ctx, 'timeResolved')
          : framePiece(ctx, 'resolution', { topic: objectionTopic(o) })
        ).options,
      ],
    },
    id: o.id,
  };
}
