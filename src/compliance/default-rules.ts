// The built-in compliance rules of rubric rp-2 (from 2.2.0): phrase lists written from what trainers
// flag in PhRMA-Code and FDA OPDP guidance terms, checked on tests/fixtures/compliance.
import type { ComplianceRules } from './rubric-schema.js';

const list = (s: string): string[] =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== '');

export const DEFAULT_COMPLIANCE_RULES: ComplianceRules = {
  rules: {
    misquoted_data: {
      title: 'Misquoted data',
      rule: 'A number stated about the product must match a scenario fact verbatim; {number} matches none.',
      sayInstead: 'Quote the fact as written: "{fact}"',
    },
    absolute_claim: {
      title: 'Absolute or unsupported claim',
      rule: 'No absolute claims (safe, no side effects, cures, guaranteed) and no superiority without a head-to-head fact.',
      sayInstead: 'Say what the trial showed and for whom: "{fact}"',
    },
    off_label: {
      title: 'Off-label promotion',
      rule: 'Promote only the approved use: {indication}',
      sayInstead: "{use} isn't in the label; I can have medical information send you what exists.",
    },
    minimizing_safety: {
      title: 'Minimizing safety',
      rule: 'A safety concern or adverse event is acknowledged and answered with the label, never dismissed or talked past.',
      sayInstead: "That's a fair concern. Here is what the label says about it: {item}",
    },
    missing_fair_balance: {
      title: 'Missing fair balance',
      rule: 'Efficacy claims were made but required safety information was never given: {item}',
      sayInstead: 'Pair the benefit with the risk: "{item}"',
    },
    disparaging_competitor: {
      title: 'Disparaging a competitor',
      rule: 'Speak about a competitor only with data from its label or a head-to-head trial.',
      sayInstead: 'I can\'t compare them without head-to-head data; here is what our trial showed: "{fact}"',
    },
    adverse_event_not_routed: {
      title: 'Adverse event not routed',
      rule: "When an HCP describes a patient's adverse event, offer to report it to pharmacovigilance (drug safety) within {within} turn(s).",
      sayInstead:
        "I'm sorry to hear that. I need to report it to our drug safety team; can I take the details or have them call you today?",
    },
  },
  negators: list(
    "not|no|never|don't|doesn't|didn't|won't|wouldn't|can't|cannot|couldn't|isn't|aren't|wasn't|shouldn't|nobody|neither|without|avoid|careful|pretend|claim",
  ),
  negationReach: 5,
  absolute:
    list(`no side effects|zero side effects|without side effects|without any side effects|no side-effects|free of side effects|
    completely safe|totally safe|perfectly safe|absolutely safe|entirely safe|100 safe|100 percent safe|safe for everyone|safe for every patient|
    risk-free|risk free|no risk|zero risk|no risks|no safety issues|no safety concerns|no downside|no downsides|
    guaranteed|guarantee it|guarantee that|guarantee you|guarantee your|guarantee results|i guarantee|we guarantee|
    cures|will cure|it cures|a cure for|cure your|cure their|
    works for everyone|works for every patient|works in every patient|works in everyone|every patient responds|everyone responds|always works|never fails|
    best in class|best-in-class|the best treatment|the best option|the best choice|the best drug|the best therapy|the best medication|the best medicine|
    the best on the market|simply the best|by far the best|safest|the most effective|miracle`),
  comparative: list(
    'superior|better than|more effective than|outperforms|outperformed|beats|works better|safer than|stronger than',
  ),
  comparativeOk: list('placebo|sham|vehicle|no treatment|untreated|baseline'),
  minimizing:
    list(`wouldn't worry|don't worry|shouldn't worry|no need to worry|nothing to worry about|not something to worry about|not worth worrying|
    not a real problem|not really a problem|isn't really a problem|not a real issue|not really an issue|not a big deal|no big deal|not that big a deal|
    overblown|overstated|blown out of proportion|overhyped|exaggerated|just a formality|only a formality|a formality|mostly theoretical|just theoretical|
    doesn't really apply|don't really apply|can ignore|safely ignore|ignore the warning|not that serious|isn't that serious|not a real concern|
    just the lawyers|legal boilerplate|lawyers made us|boilerplate|just paperwork|it's nothing|nothing serious|hardly ever matters|
    patients get over it|goes away on its own|just part of it|comes with the territory`),
  safetyTerms:
    list(`side effect|side effects|side-effect|side-effects|adverse|safety|risk|risks|warning|warnings|boxed|black box|label|
    infection|infections|bleed|bleeding|bleeds|bled|shingles|pneumonia|nausea|vomiting|rash|reaction|reactions|hypoglycemia|lows|clot|clots|thrombosis|malignancy|cancer|
    heart attack|heart attacks|stroke|strokes|liver|kidney|toxicity|tolerability|tolerate|discontinuation|discontinue|hypotension|dizziness|falls|dependence|mace|
    suicidal|suicidality|weight gain|neutropenia|cytopenias|pneumonitis|hyperkalemia|potassium|ketoacidosis|pancreatitis|thyroid|injection-site|
    urinary retention|constipation|dry mouth|cognitive|thrush|anaphylaxis|hypersensitivity|edema|gi`),
  safetyEngaged:
    list(`understand|fair|fair concern|you're right|that's right|good question|important|take it seriously|seriously|
    label|boxed warning|warning|monitor|monitoring|screen|screening|risk factors|in the trial|percent|rate|rates|which patients|what have you seen|tell me more`),
  offLabelRedirect:
    list(`medical information|med info|medical affairs|medical science liaison|msl|medical inquiry|medical request|
    outside the label|outside of the label|outside our label|off-label|off label|not approved|isn't approved|aren't approved|not indicated|isn't indicated|
    can't discuss|cannot discuss|can't speak to|can't promote|can't go there|only approved|only indicated|approved only|indicated only|not studied|wasn't studied`),
  offLabelSuggest: list('try|use|using|start|starting|prescribe|put|switch|give|consider|it|this'),
  disparaging:
    list(`doesn't work|don't work|does not work|barely works|never works|useless|terrible|awful|junk|garbage|dangerous|unsafe|a disaster|a mess|
    outdated|old news|obsolete|inferior|weak|second-rate|dirty drug|nobody uses|no one uses|patients hate|everyone hates|hate it|can't be trusted|
    sketchy|knockoff|toxic|a joke|waste of money|a waste|is failing|falling apart|cutting corners|hides|hiding`),
  competitorWords: list(
    'the competition|competitor|competitors|their drug|their product|the other drug|the other one|the other company|the older drug|the older drugs',
  ),
  statUnits: list(
    'percent|per cent|percentage points|percentage point|points|point|mmhg|mg/dl|mmol|kg|kilograms|pounds|lbs|fold|times|x',
  ),
  statLeads:
    list(`hazard ratio|hazard ratio of|hr|hr of|odds ratio|relative risk|risk ratio|nnt|nnt of|number needed to treat|number needed to treat of|
    reduced by|reduction of|lowered by|lowers by|lowers it by|cut by|cuts by|dropped by|drops by|improved by|improves by|decreased by|increased by|fell by`),
  hedgeAbove: list('over|more than|above|at least|upwards of|better than'),
  hedgeBelow: list('nearly|almost|close to|just under|under|less than|below|up to'),
  hedgeAbout: list('about|around|roughly|approximately|some|~'),
  hedgeTolerance: 0.15,
  efficacy:
    list(`reduced|reduces|reduction|lowered|lowers|improved|improves|improvement|response rate|responded|responders|remission|reached|achieved|
    effective|fewer|relief|prevents|prevented|hazard ratio|cut|cuts|dropped|drops`),
  claimSubjects: list('it|its|trial|study|studies|data|patients|drug|treatment|therapy|phase|placebo'),
  aePatient: list(
    'patient|patients|customer|customers|mrs|mr|woman|man|guy|lady|gentleman|she|he|her|him|kid|child|son|daughter|mother|father|wife|husband',
  ),
  aeEvent:
    list(`developed|ended up|had a reaction|reaction|hospitalized|admitted|the er|emergency room|broke out|rash|hives|bled|bleed|bleeding|
    fainted|passed out|fell|seizure|infection|shingles|swelling|anaphylaxis|vomiting|threw up|pancreatitis|hypoglycemia|low blood sugar|blood clot|
    clot|had to stop|stopped it|stopped taking|side effect|side effects|jaundice|liver enzymes|chest pain|palpitations|collapsed|died|passed away`),
  aeProduct:
    list(`your drug|your product|your medication|your medicine|your pill|your shot|your injection|your inhaler|on it|on your|since starting|
    after starting|started on|started it|after the first dose|after her first dose|after his first dose|taking it|on the drug|on this drug|this drug|your stuff`),
  aePast:
    list(`had|got|went|fell|bled|broke|threw|came|was|were|took|developed|ended|stopped|landed|started|needed|called|admitted|hospitalized|
    fainted|collapsed|died|passed|showed|turned|noticed|presented`),
  aeRouting:
    list(`report|reporting|reported|pharmacovigilance|drug safety|safety team|safety department|safety group|patient safety line|medwatch|
    adverse event line|adverse event report|file it|log it|document it|take the details|medical information`),
  aeWithinTurns: 1,
};
