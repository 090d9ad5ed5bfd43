// "Sure, leave them at the desk." to "Would it help if I left some materials?": a yes to a leave-behind that
// adds nothing of the HCP's own ends the topic; ACTS.md gives "Sure, leave it" as a brush-off.
import type { HcpTurn } from './found.js';
import type { Said } from './said.js';

/** No name, number or more than two words of the HCP's own. */
const addsNothing = (s: Said): boolean =>
  s.content.size <= 2 && !s.text.tokens.some((t) => t.num || (t.cap && t.s !== ''));

/** The rep's last turn asked to leave or send material, still unanswered, and the HCP's reply adds nothing to it. */
export function yesToLeaveBehind(h: HcpTurn): boolean {
  const open = h.conv.timeline.asks.at(-1);
  return (
    open !== undefined &&
    h.prev !== undefined &&
    open.turn === h.prev.i &&
    open.answer === undefined &&
    h.prev.hits.has('rep.vagueObjects') &&
    addsNothing(h.s)
  );
}
