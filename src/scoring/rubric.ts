// The built-in rubric "rp-1": every phrase list, threshold and band in one data object (SCORING.md).
import type { Rubric } from './rubric-schema.js';

export { RubricSchema, BandSchema, METRIC_IDS, PHRASE_LIST_NAMES, OBJECTION_KINDS } from './rubric-schema.js';
export { rubricHash, canonicalJson } from './rubric-hash.js';
export type { Rubric, MetricId, PhraseListName, ObjectionKind } from './rubric-schema.js';

const w = (s: string): string[] => s.split('|').map((p) => p.trim());

const rubric = {
  id: 'rp-1',
  version: '1.0.0',
  description: 'Eight behavioral metrics for pharma sales conversations; components score 1-5, n/a when unobserved.',
  bands: [
    { min: 4.5, band: 'Exceptional' },
    { min: 3.5, band: 'Strong' },
    { min: 2.5, band: 'Developing' },
    { min: 1.5, band: 'Emerging' },
    { min: 0, band: 'Needs focus' },
  ],
  metrics: {
    question_quality: { name: 'Question Quality', optional: false, weights: { open_closed_ratio: 1, relevance_to_goals: 1, sequencing_logic: 1, follow_up_depth: 1 } },
    listening_responsiveness: { name: 'Listening & Responsiveness', optional: false, weights: { paraphrasing: 1, acknowledgment_of_concerns: 1, adjustment_to_new_info: 1 } },
    making_it_matter: { name: 'Making It Matter', optional: false, weights: { outcome_based_language: 1, link_to_customer_priorities: 1, no_feature_dumping: 1 } },
    customer_engagement_signals: { name: 'Customer Engagement Signals', optional: false, weights: { customer_talk_time: 1, customer_question_quality: 1, forward_looking_cues: 1, energy_shifts: 1 } },
    objection_navigation: { name: 'Objection Navigation', optional: true, weights: { acknowledge_before_response: 1, explore_underlying_concern: 1, calm_demeanor: 1 } },
    conversation_control_structure: { name: 'Conversation Control & Structure', optional: false, weights: { purpose_setting: 1, topic_management: 1, time_management: 1, summarizing: 1 } },
    commitment_gaining: { name: 'Commitment Gaining', optional: false, weights: { next_step_specificity: 1, mutual_agreement: 1, ownership_clarity: 1 } },
    adaptability: { name: 'Adaptability', optional: true, weights: { approach_shift: 1, tone_adjustment: 1, depth_adjustment: 1, pacing_adjustment: 1 } },
  },
  phrases: {
    openQuestionStarters: w("how|what|why|what's|how's|why's|what're|describe|explain|share|tell me|walk me through|help me understand|talk me through|in what way|to what extent"),
    openQuestionPhrases: w('tell me|walk me through|help me understand|talk me through|describe|elaborate|say more|expand on|paint a picture'),
    questionClauseStarts: w(
      "what's|what is|what are|what do|what does|what did|what would|what could|what can|what should|what kind|what type|what specific|what has|what have|what makes|what happens|what matters|what else|what gets|what's the|" +
        'how do|how does|how did|how would|how could|how can|how are|how is|how has|how have|how many|how much|how often|how long|how soon|why do|why does|why is|why would|' +
        'can you|could you|would you|will you|do you|does your|does that|did you|are you|is there|is that|have you|has your|tell me|walk me through|help me understand|talk me through',
    ),
    questionLeadIns: w(
      "so|and|but|okay|ok|well|now|then|also|just|doctor|dr|curious|i'm curious|i am curious|i wonder|i'm wondering|out of curiosity|i'd love to know|i'd love to hear|i'd like to know|i'd like to understand|let me ask|can i ask|may i ask|quick question|one question",
    ),
    goalMarkers: w(
      'need|needs|goal|goals|priority|priorities|concern|concerns|concerned|challenge|challenges|want|wants|trying|struggle|struggles|struggling|focus|focused|worried|worry|worries|problem|problems|issue|issues|pain point|looking for|hoping|bottleneck|matters|care about|biggest|frustrating|frustrated|holding up|slows|stuck',
    ),
    genericWords: w(
      'patient|patients|doctor|doctors|medication|medications|drug|drugs|treatment|treatments|therapy|practice|clinic|office|today|people|really|right|something|anything|thing|things|make|makes|lot|much|still|back|every|sometime|sometimes|part|great|good|sure|yes|yeah|thanks|thank|honestly|actually|probably|maybe|little|kind|sort|time|times|day|days|week|weeks|now|ago|yet',
    ),
    bridges: w(
      "got it|building on that|building on what you said|on that note|related to that|speaking of|you mentioned|since you mentioned|to your point|along those lines|which brings me to|that connects to|with that in mind|coming back to|going back to|picking up on|that's helpful|thanks for sharing|that leads to|before we move on|shifting gears|switching gears|on a related note|if it's okay|let's turn to|that makes sense|understood",
    ),
    followUp: w(
      "you mentioned|you said|say more about|tell me more|say more|you brought up|earlier you said|when you say|what do you mean by|help me understand|expand on|elaborate|dig into|what's behind|what is behind|you noted|you described|you raised|the part about|that point about|what's driving|what drives|what specifically|what concerns you|what worries you|what part|which part|what have you seen|what's your experience|what makes you|what would need to|what would it take|where does that|what's holding|what would you need|what would your team need|need to see|feel comfortable",
    ),
    paraphrase: w(
      "it sounds like|sounds like|that sounds|that must be|what i'm hearing|what i hear|so you're saying|so the worry is|so the gap is|so the real|so the main|so the biggest|so the delay|so what you need|so you need|so your main|so your biggest|if i understand|if i'm hearing you|if i heard you|in other words|let me make sure i have|so the concern is|so the issue is|you're telling me|correct me if|to make sure i understand|let me play that back|if i've got this right|so for you|what you're describing|so what matters",
    ),
    acknowledgment: w(
      "i hear you|i hear what you're saying|i understand|that makes sense|i can see why|fair point|that's fair|fair enough|good point|great question|fair question|valid concern|legitimate concern|understandable|that's understandable|i appreciate|thank you for sharing|thanks for sharing|thanks for being candid|thanks for raising|i get it|i get that|you're right|that's a real concern|i can imagine|sorry to hear|totally understand|completely understand|makes sense|that's a reasonable|reasonable concern|important concern|appreciate you raising|concern for you|issue for you|gap for you|important to you|matters to you|you're looking for|you've highlighted|you raised|to address your|to directly address|address your concern",
    ),
    outcomeWords: w(
      'improve|improves|improved|improvement|improving|controlled|at goal|reach goal|reached their goal|target dose|lowered|avoiding|reduce|reduces|reduced|reduction|reducing|outcome|outcomes|burden|adherence|adherent|access|safety|save|saves|saving|fewer|faster|sooner|prevent|prevents|avoid|avoids|lower|lowers|relief|quality of life|hospitalization|hospitalizations|readmission|readmissions|exacerbation|exacerbations|flares|symptom control|persistence|remission|compliance|workflow|callbacks|time back|staff time|chair time|save time|less time|no-shows|stay on therapy|staying on therapy|stay on treatment|better|easier|simpler|predictable|protect|protects',
    ),
    /** Cancels an outcome phrase starting at the same word: "so that really isn't a concern" is not a purpose clause. */
    notOutcome: w("so that really|so that isn't|so that is|so that was|so that never|so that doesn't|so that won't"),
    outcomePhrases: w("so that|which means|that means|so you can|this means|the result is|what that means for|the benefit|for your patients|your patients|for your team|for your staff|for your nurses|the impact"),
    customerLinks: w("you mentioned|you said|your patients|your team|your staff|your nurses|your practice|your clinic|for you|your concern|your priority|your goal|you described|you're seeing|in your practice"),
    concern: w(
      "i'm concerned|concerned about|my concern|the concern|worried|worry|my worry|hesitant|hesitation|skeptical|reservations|the problem is|the issue is|frustrated|frustrating|struggle|struggling|not sure|unsure|i doubt|doubtful|hard to|difficult|nervous|uncomfortable|not comfortable|pushback|roadblock|roadblocks",
    ),
    energyDrop: w(
      "i have to go|i need to go|need to go|have to go|need to get back|need to move on|have to move on|thanks for stopping by|don't have more time|no more time|don't have time for this|i've got to go|gotta go|another meeting|next patient|i need to run|have to run|running late|we're done|let's wrap|wrap this up|out of time|that's all i have time for|i'll think about it|leave it with me|just leave|leave the brochure|send me something|i really need to",
    ),
    clippedReplies: w('okay|ok|fine|sure|sometimes|maybe|i guess|no|mm|mhm|hmm|uh huh|right|yeah|yep|k|noted|if you say so|whatever|i see|alright|all right'),
    timeCue: w(
      "i have to go|i need to go|only have a minute|only have a few minutes|a couple of minutes|couple minutes|two minutes|five minutes|short on time|pressed for time|running late|running behind|next patient|another meeting|make it quick|be quick|in a hurry|busy day|slammed|packed schedule|waiting room|i need to run|have to run|don't have long|not much time|out of time|limited time|cut to the chase|one minute|quick version|need to get back|get back to patients|get back to my patients|need to move on|have to move on|don't have more time|no more time|don't have time for this|no time for this|running out of time|out of time",
    ),
    confusionCue: w(
      "i don't understand|don't follow|not following|lost me|confused|confusing|what do you mean|what does that mean|not clear|unclear|too technical|plain english|can you explain|explain that|say that again|how is that different|how is this different|is this the same|is that the same|which is it|come again|over my head|too much jargon|doesn't make sense|i'm lost|what are you saying|broad eligibility doesn't help",
    ),
    disinterestCue: w(
      "not interested|i'm not interested|don't see the need|we're fine|not really|not a priority|not relevant|doesn't apply|if you say so|i've heard this before|heard it all before|whatever|not for us|not for my patients|just leave|leave the brochure|why are you telling me|who cares|i don't care|doesn't help me|not useful|think about it|we're done|haven't answered|not right now|not what i asked|you're not answering|same thing again",
    ),
    emotionCue: w(
      "frustrated|frustrating|frustration|angry|upset|annoyed|annoying|fed up|sick of|tired of|exhausted|overwhelmed|burned out|burnt out|stressed|stressful|worried|scared|afraid|anxious|disappointed|heartbreaking|devastating|awful|terrible|nightmare|drowning|wit's end|lost a patient|burned|scary|worries me|that's what i said|i just said",
    ),
    emotionAcknowledgment: w(
      "i'm sorry|sorry to hear|that sounds frustrating|that sounds hard|that sounds difficult|that sounds exhausting|that sounds stressful|i can imagine|i can only imagine|that must be|that's tough|that's hard|that's a lot|understandable|i understand|i hear you|i hear how|that's frustrating|no wonder|it makes sense you'd|that's difficult|that's really hard|that would worry me|i'd feel the same",
    ),
    clarify: w(
      "in other words|simply put|put simply|to put it simply|let me put it|let me rephrase|let me simplify|to clarify|let me clarify|what i mean is|the short version|in short|bottom line|basically|in plain terms|plain english|for example|for instance|think of it as|think of it like|here's what that means|the key point|the one thing|in a nutshell|specifically|to be specific|concretely|the simple answer",
    ),
    approachShift: w(
      "let me try|different angle|let me step back|step back|set that aside|rather than|instead|what would be most useful|what would be most helpful|what would help|what matters most to you|what would you need|what's on your mind|what's your biggest|would it help if|different approach|another way|let's focus on|let's look at what|forget the|what would make this|what's the one thing",
    ),
    forwardLooking: w(
      "send the|send them|send it|send over|set it up|look it over|look them over|i'd try|would try|try it with|consider|would change things|that could work|that would help|next step|next steps|follow up|follow-up|trial|try it|try this|give it a try|pilot|start with|send me|samples|when can|how do we start|how would we start|get started|set up|schedule|come back|next time|next visit|in-service|lunch|let's plan|put together|loop in|what would it take|enroll|first patient|a few patients|couple of patients|move forward|going forward|next week|let's do",
    ),
    agreement: w(
      "sounds good|that works|works|i could consider|i'd consider|i'll consider|works for me|works for us|yes let's|let's do it|let's do that|sure let's|okay let's|i'm in|deal|agreed|i agree|absolutely|definitely|yes please|please do|go ahead|that would be helpful|that'd be helpful|that would help|i'd be open|i'm open to|count me in|send it over|let's schedule|put it on the calendar|i can do|that time works|i'll try|we can try|i'll give it|let's try|happy to|sounds fine|sounds reasonable|fair enough",
    ),
    ownership: w(
      "i'll send|i will send|i'll email|i'll bring|i'll drop off|i'll set up|i'll schedule|i'll follow up|i'll call|i'll reach out|i'll get you|i'll check|i'll share|i'll coordinate|i'll connect|i'll loop in|i'll put together|i'll have|i will follow up|i will bring|i'm going to send|i'll stop by|i'll come by|i'll come back|you'll review|you'll have|you'll get|you'll receive|you'll try|you'll identify|you'll pick|you'll flag|you will|we will|we'll set|we'll schedule|we'll review|we'll meet|we'll start|we'll plan|we'll look|my team will|your team will|your nurse will",
    ),
    transition: w(
      "shifting gears|switching gears|let's move to|moving on|turning to|on another note|on a different note|before we wrap|let's talk about|building on that|that brings me to|which brings me to|one more thing|the other piece|changing topics|let's look at|with that in mind|coming back to|going back to|to wrap up|before i go|next i'd like|if i can shift|let me turn to|the next thing|on that note|related to that",
    ),
    purpose: w(
      "the reason i'm here|reason for my visit|purpose of|my goal today|my goal is|the goal today|goal for our time|my goal for today|goal for today|today i'd like|today i want|what i'd like to do today|agenda|in the next few minutes|in our time today|in the time we have|i was hoping to|i wanted to understand|i wanted to learn|i wanted to hear|i wanted to ask|i'd love to understand|with your permission|if it's okay with you|would it be okay if|quick check-in|the plan for today|i'm here to|i'm here today|here today to|i came by to|i stopped by to|the aim today|my hope today|to start|i'd like to spend",
    ),
    summary: w(
      "to recap|to summarize|in summary|let me summarize|quick recap|to sum up|sum up|what we've covered|we've covered|we discussed|we've discussed|we talked about|so we agreed|based on what you've shared|key takeaways|to wrap up|wrapping up|let me make sure|just to confirm|so the plan|next steps|next step|so to confirm|here's what i heard|what i heard today",
    ),
    concreteNextStep: w(
      "send you|email you|i'll send|i'll email|bring by|i'll bring|i'll drop off|drop them off|schedule a|schedule an|schedule time|schedule the|let's schedule|i'll schedule|book a|book time|set up a|set up an|set up time|lunch and learn|in-service|inservice|drop off samples|leave samples|bring samples|send samples|enroll|first patient|one patient|two patients|three patients|a few patients|identify two|identify three|identify a few|identify one|identify patients|start one|start two|start a|pull the|on the calendar|on your calendar|meeting with|call you on|invite|register|pa template|checklist|one-pager|trial with|pilot with",
    ),
    vagueNextStep: w("next step|next steps|follow up|follow-up|circle back|check back|check in|touch base|reconnect|keep in touch|talk soon|be in touch|see you|come back|next visit|stay in touch|down the road"),
    specificTime: w(
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this afternoon|this morning|noon|end of day|end of the week|this week|january|february|march|april|june|july|august|september|october|november|december|next monday|next tuesday|next wednesday|next thursday|next friday',
    ),
    commitmentRequest: w(
      "can i come back|can i stop by|could i come back|can i set up|would you be open to|would you be willing|are you open to|can we|could we|shall we|how about|does that work|would that work|would it make sense|can i count on|will you|could you try|would you try|are you willing|can we agree|what if we|is it okay if i|may i|can i send|should i|works for you|would you like|do you want me to|let's",
    ),
    checkIns: w("would it help if|would it be helpful|work for you|is that okay|is that ok|okay with you|ok with you|does that sound okay|does that sound fair|does that sound good|sound good|sounds good|does that help|does that make sense|make sense|fair enough|does that work|would that work|works for you|does that time work|am i right|did i get that right|is that right|is that fair|have i got that right"),
    rebuttal: w("but|however|actually|that's not true|that's not the case|not accurate|you're wrong|i disagree|on the contrary|with all due respect|the reality is|the truth is|in fact|that's a myth|that's outdated"),
    steadying: w(
      "fair question|good question|great question|take your time|no pressure|no rush|let's look at|let's unpack|let's walk through|that's reasonable|understandably|it's natural|that's a common|common question|i'd feel the same|let's explore|let's figure|together|happy to walk|happy to share|let me share what|if it helps",
    ),
  },
  objections: {
    statusQuo: w(
      "we're fine with what we have|fine with what we have|we're fine|we're happy with|happy with what we|works well for us|what we're using works|what we have works|don't see the need|no need|don't need|not sure we need|we already have|we already use|we've always used|we've always done|current approach|no reason to switch|why would i switch|why switch|not looking to change|not looking to switch|if it ain't broke|if it isn't broken|comfortable with|stick with|sticking with|our protocol|the protocol|don't see why|don't see a reason|doing fine|works fine|not convinced|what we do now|how we do it now|reason to change|no reason to change|doing pretty well|doing well|something different|why would i change|not a priority|pill burden|another pill|one more pill|too many medications|another medication",
    ),
    cost: w('expensive|too expensive|fixed income|fixed incomes|cost|costs|costly|price|pricing|afford|affordable|copay|co-pay|out of pocket|out-of-pocket|budget|cheaper|generic|generics|cost-effective|cost-effectiveness|money|pay for|deductible'),
    access: w('coverage|covered|not covered|plans|health plans|formulary|prior auth|prior authorization|step therapy|insurance|insurer|insurers|push back|payer|payers|denied|denial|denials|rejected|rejection|tier|non-formulary|reimbursement|paperwork|appeal|appeals'),
    time: w("no time|doesn't have the time|doesn't have time|don't have the staff|don't have more time|don't have time for this|no more time|don't have time|don't have the time|too busy|not enough time|takes too long|time-consuming|time consuming|extra work|more work|bandwidth|stretched thin|short-staffed|short staffed|another thing to|workload|extra step|extra steps|slows us down|slow us down"),
    evidence: w(
      "not convinced|skeptical|data isn't|data doesn't|not enough data|small study|show me the data|where's the evidence|evidence is thin|head-to-head|head to head|industry-funded|industry funded|real-world data|real world data|hasn't been shown|not in the guidelines|guidelines don't|don't buy|i doubt|doubt that|hard to believe|too good to be true|marketing|cherry-picked|surrogate endpoint|not sure the data|data doesn't land|doesn't help me",
    ),
    safety: w("side effect|side effects|injection site reaction|injection site reactions|blood pressure|can't tolerate|hyperkalemia|adverse event|adverse events|safety concern|safety signal|safety flag|risk|risks|black box|boxed warning|interaction|interactions|liver|kidney|tolerability|tolerate|bleeding|toxicity|nervous about|not comfortable|hypoglycemia|infection|infections"),
  },
  specificTimePatterns: ['\\b\\d{1,2}(:\\d{2})?\\s?(am|pm|a\\.m\\.|p\\.m\\.)', '\\b\\d{1,2}:\\d{2}\\b', '\\b\\d{1,2}(st|nd|rd|th)\\b', '\\b\\d{1,2}/\\d{1,2}\\b'],
  params: {
    topicJumpOverlap: 0.1,
    minContentWordsForJump: 3,
    followUpOverlap: 0.2,
    paraphraseOverlap: 0.3,
    verbatimRunWords: 6,
    minContentWordsToParaphrase: 3,
    goalWindowBefore: 8,
    goalWindowAfter: 20,
    adjustmentWindowRepTurns: 2,
    exploreWindowRepTurns: 2,
    agreementWindowTurns: 2,
    featureDumpMinChars: 220,
    featureDumpMinCommas: 4,
    featureDumpMinBullets: 3,
    energyLastThirdRatio: 0.5,
    energyMinTurns: 6,
    clippedMaxWords: 4,
    shorterTurnRatio: 0.7,
    shortTurnWords: 25,
  },
  thresholds: {
    openClosedRatio: [0.7, 0.55, 0.4, 0.25],
    relevanceToGoals: [0.6, 0.45, 0.3, 0.15],
    topicJumpRate: [0.1, 0.2, 0.35, 0.5],
    followUpDepth: [0.6, 0.4, 0.25, 0.1],
    paraphrasing: [0.5, 0.35, 0.2, 0.1],
    acknowledgmentOfConcerns: [0.8, 0.6, 0.4, 0.2],
    adjustmentToNewInfo: [0.7, 0.55, 0.4, 0.25],
    outcomeLanguage: [0.6, 0.45, 0.3, 0.15],
    linkToPriorities: [0.5, 0.35, 0.2, 0.1],
    featureDumpRate: [0.05, 0.12, 0.25, 0.4],
    customerTalkTime: { bands: [[0.45, 0.65, 5], [0.35, 0.75, 4], [0.25, 0.85, 3], [0.15, 0.92, 2]], otherwise: 1 },
    customerQuestions: { steps: [[3, 5], [2, 4], [1, 3]], otherwise: 2 },
    forwardLookingCues: { steps: [[2, 5], [1, 4]], otherwise: 3 },
    energySignals: { steps: [[2, 2], [1, 3]], otherwise: 5 },
    acknowledgeBeforeResponse: [0.8, 0.6, 0.4, 0.2],
    exploreUnderlyingConcern: [0.7, 0.55, 0.4, 0.25],
    calmDemeanor: [0.8, 0.5, 0.3, 0.1],
    purposeSetting: { withinRepTurns: 3, early: 5, late: 3, never: 1 },
    topicManagement: { steps: [[0.3, 5], [0.15, 4]], any: 3, none: 2 },
    timeManagement: { all: 5, some: 3, none: 2 },
    summarizing: { withinLastRepTurns: 3, present: 5, absent: 1 },
    nextStepSpecificity: { specific: 5, vague: 3, none: 1 },
    mutualAgreement: { all: 5, some: 3, none: 1 },
    ownershipClarity: { steps: [[2, 5], [1, 3]], otherwise: 1 },
    adaptation: [0.8, 0.6, 0.4, 0.2],
  },
} satisfies Rubric;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The built-in rubric, frozen so no caller can change what "rp-1" means. */
export const DEFAULT_RUBRIC: Rubric = deepFreeze(rubric);
