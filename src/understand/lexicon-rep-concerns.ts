// Phrase lists for what a rep says of the HCP's concerns and feelings, and what an HCP asks of the
// product (docs/scoring.md "From turns to acts"): part of the rep lexicon, kept apart to keep files small.
// `*` is any one word, `#` a number; matching is on whole words inside one sentence.
import { phraseList as w } from './phrase-list.js';

export const REP_CONCERN_PHRASES = {
  /** Putting the HCP's grievance on someone else ("that wasn't on me", "before my time"): a defence, not hearing it. */
  disowns: w(
    "wasn't on me|that's not on me|not on me|not my fault|wasn't my fault|before my time|that wasn't me|wasn't me|nothing to do with me|had nothing to do with it|i wasn't around then|i wasn't here then|i wasn't even here",
  ),
  /** Words that name how something feels ("exhausting", "maddening"): said of the HCP's situation, empathy. */
  feelings: w(
    'tricky|irritating|rough|that hurts|hurts|a nuisance|a nightmare|nightmare|a headache|grim|gutting|rotten|a slog|unfair|a bind|a pickle|a mess|no fun|not easy|no joke|frustrating|frustrated|exhausting|exhausted|draining|drained|maddening|infuriating|stressful|overwhelming|overwhelmed|discouraging|disheartening|demoralizing|heartbreaking|upsetting|scary|frightening|painful|brutal|awful|terrible|miserable|tiring|relentless|grueling|a grind|wear anyone down|wears anyone down|wear you down|wears you down|wearing you down|a lot to carry|a lot to juggle|a lot on your plate|a lot on your shoulders|a heavy load|burned out|burnt out|burnout|must be hard|must be tough|must be difficult|sounds hard|sounds tough|sounds difficult',
  ),
  /** Words that judge what the HCP raised as weighty or valid ("a real hit", "a legitimate weakness", "no small thing"): said of her point, they take it in. */
  appraisal: w(
    'real|legitimate|legit|valid|fair|reasonable|understandable|healthy|genuine|decisive|difficult|tough|hard|rough|brutal|painful|awful|terrible|miserable|ugly|grim|serious|huge|big deal|no small|not a small|not small|a lot to|hit|blow|headache|nightmare|weakness|limitation|blind spot|gap|wall|problem|worry|pain',
  ),
  /** The rep saying what they are not there to do ("I'm not here to talk you out of it", "…isn't my aim"): after her pushback, her stance taken as given. */
  disclaimsPush: w(
    "not going to try and|not going to ask you to|wouldn't change a thing|leave them exactly where|leave them where they are|leave those exactly where|leave them as they are|wouldn't move them|wouldn't switch them|not here to|isn't why i'm here|is not why i'm here|not why i'm here|isn't what i'm here for|not what i'm here for|isn't my aim|is not my aim|not my aim|isn't my goal|is not my goal|not my goal|isn't my plan|is not my plan|not my plan|isn't my intention|is not my intention|not my intention|isn't the point|not the point of|not trying to|not looking to|not out to|last thing i want|no intention of|not going to argue|not going to debate|won't debate|not going to push|won't push|not going to try to|not asking you to drop|not asking you to give up|not asking you to stop|not asking you to switch|not asking you to change|not asking you to replace|no plans to argue|no plan to argue|no plans to talk you out|no intention to",
  ),
  /** Words that frame a concern in a restatement, not its content ("your main worry is…", "the sticking point"). */
  concernFrame: w(
    'worry|worried|worries|worrying|concern|concerns|concerned|main|biggest|big|sticking point|sticking|barrier|barriers|priority|priorities|challenge|challenges|hurdle|hurdles|pressure point|pressure points|mostly|mainly|primarily|focus|number one',
  ),
  /** Concerns a restatement may name, one list per topic: the HCP must have raised the topic first. */
  costTopic: w(
    'cost|costs|price|prices|pricing|priced|copay|copays|co-pay|afford|affordable|affordability|budget|expensive|out of pocket|out-of-pocket|money|reimbursement',
  ),
  accessTopic: w(
    'coverage|covered|formulary|prior auth|prior auths|prior authorization|step therapy|insurance|insurer|insurers|payer|payers|denials|denied|access|paperwork|step rule|step rules|step edit|step edits|fail first|fail-first|exception|exceptions|appeal|appeals|pa calls|pa phone|pa forms|pa form|pa paperwork|pa requests|pa request|pa denials|pa approvals|pa submissions',
  ),
  adherenceTopic: w(
    'adherence|adherent|nonadherence|non-adherence|persistence|stay on|stays on|staying on|keep taking|keeps taking|keep using|missed doses|fewer missed|easier to remember|remember to take',
  ),
  safetyTopic: w(
    'safety|safe|side effect|side effects|adverse|tolerability|tolerate|hypoglycemia|lows|bleeding|bleeds|weight gain|nausea|risk|risks|interaction|interactions',
  ),
  /** An HCP question that asks what the product is good for, which any claim answers ("How is it different…?", "What's the advantage…?"). */
  meritAsks: w(
    'different|difference|differ|differs|advantage|advantages|better|benefit|benefits|special|stand out|stands out|sets it apart|set it apart|offer|offers|edge|superior|in it for|what does it do|what would it do|why should|why would|good for|upside|the point of|sell me|bring to the table|what does it add|what would it add|compare|compares|compared|versus|vs',
  ),
  /** After a permission frame, the HCP named as the one who acts ("…if I asked you to try it…"): her step, not the rep's. */
  asksThemTo: w(
    "ask you to|asked you to|have you try|had you try|have you start|had you start|got you to|you pick|you choose|you select|you identify|you flag|you name one|you'd pick|you'd choose|you'd identify|you'd flag|you'd select",
  ),
  /** What the HCP is asked to do with the product: "…you'd start Uravix in a few of them?", "give it a shot". */
  /** Telling the HCP to act, as an ask ("Just start writing it!", "Pick one patient…", "Say the word."): counted where a clause opens. */
  imperativeAsks: w(
    'say yes|a yes or a no|write the script|write a script|write some scripts|have one|keep one|let me know what day|let me know which day|let me know when suits|say yes or no|just say yes|start writing|start them|start it|start one|start a few|start your|try it|try one|try a few|try them|pick one|pick two|pick a few|pick out|pick a day|pick a time|keep it stocked|keep some|put them on|put one|put a few|write it|write a few|write for|switch them|switch a few|switch one|give me a yes|give me the word|say the word|name a day|name a slot|name the day|name a time|flag one|flag two|flag a few|go ahead and start|pick whichever|pick any day|choose a day|choose whichever|pick a slot|offer me a|say if that|say if it works|let me know which|just prescribe|prescribe it|give it a go|give it a try|go ahead and try|go ahead and write',
  ),
  tryVerbs: w(
    'start|try|give it a shot|give it a try|give it a go|give it a whirl|giving it a go|giving it a try|giving it a shot|giving * a go|giving * a try|give * a go|give * a try|give * a shot|give * a whirl|prescribe|write it|write for|switch|convert|move|put them on|put him on|put her on|put a few|use it|use it in|pick out|pick a few|flag|keep some|stock|moving|switching|starting|trying|putting|writing|commit to|stocking',
  ),
} as const;
