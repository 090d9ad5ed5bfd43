// A urologist's call from the outside set, up to the rep's pitch past "Patient's on the table": the
// reader's rows and the objection-reply tests both play it.
export const UNDOING =
  "R: So a lot of your job is undoing what's already been started: getting the older ones off an anticholinergic before it costs them cognitively.";
export const AFFORD = "C: Yeah. That's most of it. Then they can't afford the alternative.";
export const SWITCH = 'R: What happens when you try to switch them?';
export const RUSHED_COST =
  "C: Beta-3 is tier three on most Part D. OOP's sixty, seventy a month. Half of them are back on oxybutynin by the next visit because it's four bucks. -- Kelly? Two minutes. ... Patient's on the table.";
export const PAST_THE_CUE =
  "R: Understood. So Vesantra is a once-daily beta-3 agonist with no anticholinergic burden. In BALANCE-OAB it reduced micturitions by 2.1 a day versus 1.3 on placebo and urge incontinence episodes by about 60%, and there was no meaningful change in blood pressure, which matters since mirabegron carries that BP language. It's not a CYP2D6 inhibitor, so no interaction issues with metoprolol or tricyclics, no dose adjustment in mild-to-moderate renal impairment, and it can be crushed into applesauce for patients who can't swallow tablets. On coverage, there's a copay savings card that brings it down to $25 for eligible patients--";
