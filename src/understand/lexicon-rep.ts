// Phrase lists for reading rep turns (docs/scoring.md "From turns to acts": rep acts). Data, versioned with the rubric.
// `*` is any one word, `#` a number; matching is on whole words inside one sentence.
const w = (s: string): string[] =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== '');

export const REP_PHRASES = {
  /** Words a question may start with before its real question word ("so", "and", "roughly"). */
  questionLeadIns: w(
    "so|and|but|okay|ok|well|now|then|also|just|roughly|honestly|quickly|briefly|curious|i'm curious|i am curious|out of curiosity|i wonder|i'm wondering|in your experience|in your practice|for you|for your patients|quick question|one question|one last question|let me ask you|let me ask|can i ask|may i ask|could i ask|could i start by asking|can i start by asking|i'd love to know|i'd like to know|i'd love to hear|before we|right now|today|these days|generally|typically|actually|and then|if so|in that case|i'd love to get|i'd like to get|i'd love|i'd like|i'd really like|i'd really love",
  ),
  /** How an open question starts. */
  openStarts: w("how|what|why|where|in what way|to what extent|what's|how's|why's|where's|what're"),
  /** After "how": a word that makes it a single-fact or leading question ("how many", "how frustrating"). */
  howClosed: w(
    'many|much|often|long|soon|old|frustrating|important|big|bad|hard|likely|sure|confident|satisfied|happy|worried|concerned|difficult|common|frequently|quickly|far|early|late',
  ),
  /** After "what": a noun asking for a single fact ("what time", "what's your deadline"). */
  whatClosed: w(
    'it mean|time|day|date|share|percentage|percent|proportion|number|dose|age|deadline|cutoff|cut-off|strength|price|name|plan|tier|size|volume|rate|hour|week|month|year',
  ),
  /** How a closed question starts (yes/no and single-fact). */
  closedStarts: w(
    "do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|isn't|aren't|don't|doesn't|didn't|wouldn't|won't|can't|haven't|hasn't|which|who|whom|whose|when|any|anything|anyone|am",
  ),
  /** What makes an opening question purposeful, not stock ("What are your thoughts on…?"): a concrete situation, a problem, or what the HCP said before. */
  openerAnchors: w(
    'when|whenever|if|once|after|obstacle|obstacles|barrier|barriers|hard|harder|hardest|difficult|tough|struggle|struggling|challenge|challenges|problem|problems|stops you|holding|gets in the way|get in the way|last time|you mentioned|you told me|you said|you were saying',
  ),
  /** Imperative prompts that ask for an explanation without a question mark. */
  openPrompts: w(
    "i'm curious what|i'm curious how|i'm curious why|i'm curious where|i am curious what|i am curious how|i'm wondering what|i'm wondering how|i'm wondering why|help me picture|help me see|help me get a sense|help me get a feel|give me an idea|give me a feel|give me a rundown|paint a picture|i'm curious what|i'm curious how|i'm curious why|i'm curious where|i am curious what|i am curious how|i'm wondering what|i'm wondering how|i'm wondering why|help me picture|help me see|help me get a sense|help me get a feel|give me an idea|give me a feel|give me a rundown|paint a picture|talk to me about|talk to me a bit|curious how|curious what|curious why|wondering how|wondering what|i wonder how|i wonder what|i'd love to hear how|i'd love to hear what|i'd love to know how|i'd like to hear how|i'd like to know how|tell me about|tell me what|tell me how|tell me why|tell me more|tell me where|tell me which|tell me who|tell me when|tell me your|tell me a bit|walk me through|talk me through|take me through|help me understand|describe|explain|share with me|give me a sense|paint me a picture|say more|run me through|fill me in|your read on how|your read on what|your read on why|your take on how|your take on what|your take on why|your sense of how|your sense of what",
  ),
  /** Options that leave the answer open ("... or something else?"). */
  openMenu: w('or something else|or anything else|or something different|something else|or other|or what else'),
  /** Requests for the HCP's agreement with the plan for the call, not discovery. */
  checkIns: w(
    'does that work|does that work for you|would that work|sound good|sounds good|okay|ok|is that okay|is that ok|is that all right|is that alright|all right|fair enough|does that sound fair|does that sound good|does that make sense|how does that sound|make sense|is that fair|is that right|did i get that right|right|yes|deal|good|fine',
  ),
  /** An agenda built around the HCP: what the rep wants to learn, a time frame, a plan for the call. */
  purpose: w(
    "my aim today|my aim is|the aim today|our aim today|what i'm hoping to get|what i'm after today|i'm hoping to understand|i'm hoping to learn|i'm hoping to hear|last time you mentioned|last time you said|last time we spoke|when we last spoke|when we spoke last|you asked me to come back|you asked me to bring|you'd asked me to bring|you asked me to look into|you asked me to find out|i'd like to understand|i'd like to spend|i'd like to use|i'd like to learn|i'd like to hear|i'd like to ask|i'd like to start|i'd like to cover|i'd love to understand|i'd love to hear|i want to understand|i wanted to understand|i wanted to ask|i wanted to follow|i wanted you to have|i was hoping to|here's my plan|my plan for|my plan today|my plan is|the plan for today|plan for today|three things today|two things today|i've got three things|i've got two things|i'd suggest three parts|i'd suggest two parts|three parts|one question and one thing|one question and i'm gone|one topic|i booked|i'd planned to|i'd rather start there|what i'd like to do|my goal today|my goal is|the goal today|in our time today|in the time we have|questions, not a pitch|rather than presenting|before i say anything|agenda for today|agenda today|an agenda|my agenda|our agenda|quick agenda|here's the agenda|the agenda for our|the agenda for this|when we met|when we last met|last time we met|i came back with|i've come back with|i'd suggest we|for our * minutes|in our * minutes|spend most of it|spend most of our",
  ),
  /** Learning from the HCP: turns a stated reason for the visit into an agenda around them. */
  learnAbout: w(
    "we talked about|we discussed|you mentioned|you asked about|you told me about|to make sure|to check how|to check in on|to see how|to hear how|to hear about|to hear what|to hear your|to learn how|to learn about|to learn what|to learn from|to understand how|to understand what|to understand your|to ask you|to ask how|to ask about|to find out|get your take|get your view|hear your thoughts|your perspective|your experience|how you're handling|how your team|what you're seeing",
  ),
  /** A reason for the visit that is only the rep's pitch ("I want to tell you about X"). */
  pitchIntro: w(
    "i wanted to mention|wanted to mention|i wanted to let you know|wanted to let you know that|i wanted to update you|wanted to give you a quick update|i'm here because|i came by because|i stopped by because|i'm stopping by because|the reason i stopped by|the reason i'm stopping by|the reason i came by|the reason i came in|let me tell you about|let me tell you|i'd like to take|i want to take|i'd like a few|can i take|could i take|if i could take|may i take|can i borrow|could i borrow|i want to tell|i want to talk|i want to share|i want to show|i want to get|i wanted to tell|i wanted to talk|i wanted to share|i wanted to let|i wanted to show|i wanted to get|i'd like to talk|i'd like to share|i'd like to show|i'd like to go|i'd love to share|i'd like to walk you through|walk you through|take you through|i'm here to|i'm here about|i'm here today|here today to|i came by to|i stopped by to|quick one today|got a minute|got a sec|got a second|have a minute|have a couple of minutes|do you have a minute|do you have a couple of minutes|do you have a few minutes|you have a couple of minutes|today i want|today i'd like|the reason i'm here|reason for my visit|purpose of my visit|the purpose of|my purpose today|the reason i came|i just want to get to know you|i really just want|to tell you about|to talk about",
  ),
  /** An explicit signpost to a new topic. */
  transition: w(
    "can we talk about|could we talk about|can we turn to|could we turn to|can we move on to|can we switch to|could we switch to|let's switch to|let me shift|let's shift|i want to shift|let me pivot|pivoting to|changing the subject|change of subject|switch topics|change topics|now about|that covers|next about|before we wrap up|before i let you go|one last thing|one other thing|shifting to|changing gears|on another topic|a different topic|here's where|let me get into|let me turn to|let's turn to|let me move to|let's move to|moving on|shifting gears|switching gears|on another note|on a different note|which brings me to|that brings me to|the other thing|now the other thing|one more thing|the other piece|second|third|then here's what's|here's what's relevant|let me ask you an open-ended question|can i ask about the other|on cost|on price|on coverage|on access|on safety|on dosing|on labs|on the data|on the * side|before i get into|let's talk about|next i'd like|changing topics|let me switch|let's leave * there|before we get to|before we get into|before we talk about|before we go to|can i shift to|could i shift to|can we shift to|could we shift to|can i shift gears|could i shift gears|mind if i shift|mind if we shift|i'd like to shift|i'd like to turn to|i'd like to move to|can i switch to|could i switch to|can i switch gears|could i switch gears|moving on to|moving to your|moving over to|turning to your|turning now to|ask about something different|ask you about something different|ask about something else|ask you about something else|ask you something different|talk about something different|talk about something else|ask you a different question|can i go back to|could i go back to|let me go back to|let's go back to|if i can go back to|i want to go back to|going back to what|going back to your|going back to something|coming back to what|coming back to your|back to something you said|back to what you said",
  ),
  acknowledgment: w(
    "that's a hard thing|hard thing to watch|hard to watch|hard to see|tough to watch|tough to see|that must be hard|totally get that|totally get it|i totally get|totally get that|totally get it|i totally get|totally get that|totally get it|i totally get|that's a hard one|that's a tough one|oof|ouch|right to be skeptical|right to be cautious|i hear the frustration|i'd feel the same|i would feel the same|feel the same way|in your shoes|i appreciate you being|appreciate you being|appreciate the honesty|appreciate you sharing|thanks for being upfront|thanks for being honest|thank you for sharing|thanks for sharing|that's fair|fair|fair point|fair question|fair to doubt it|fair enough|understood|i understand|i understand your|totally understand|completely understand|i hear you|i hear that|i hear what you're saying|that makes sense|makes sense|that's reasonable|that's completely reasonable|that's a reasonable|you're right|you are right|agreed|i'm sorry|i'm really sorry|sorry to hear|sorry about that|that's hard|that is hard|that's tough|that's rough|that's a lot|that's the worst|that's a heavy|that sounds exhausting|that sounds frustrating|that sounds hard|that sounds like|that sounds difficult|that must be|i can imagine|i can only imagine|i can see why|no wonder|that's the right worry|that's a fair|that's an important|that's a real|that's the real|that is the real|that's the risk|that's real|that's a valid|that's valid|valid concern|legitimate concern|good catch|i appreciate you telling me|thanks for being straight|thank you for being straight|i won't wave it away|i won't pretend|i'm not going to tell you|that's good to hear|that's a dealbreaker|that bad|i respect that|i totally respect|understandable|that's understandable|i get it|i get that|good point|great point|i appreciate that|i appreciate you sharing|i'd remember that|i'd be wary too|i'd be cautious too|i'd be skeptical too|i'd be worried too|i'd be nervous too|would drive anyone|drive anyone crazy|drive anyone up the wall|would frustrate anyone|would wear anyone down|would wear anyone out",
  ),
  /** Words that name how something feels ("exhausting", "maddening"): said of the HCP's situation, empathy. */
  feelings: w(
    'frustrating|frustrated|exhausting|exhausted|draining|drained|maddening|infuriating|stressful|overwhelming|overwhelmed|discouraging|disheartening|demoralizing|heartbreaking|upsetting|scary|frightening|painful|brutal|awful|terrible|miserable|tiring|relentless|grueling|a grind|wear anyone down|wears anyone down|wear you down|wears you down|wearing you down|a lot to carry|a lot to juggle|a lot on your plate|a lot on your shoulders|a heavy load|burned out|burnt out|burnout',
  ),
  /** Acknowledgment words that are only filler when they stand alone ("Right, absolutely"). */
  hollowAcknowledgment: w(
    'absolutely|totally|right|perfect|great|awesome|of course|for sure|definitely|exactly|love that|i know i know|sure',
  ),
  /** The turn turns against what the HCP said. */
  /** Insisting the product is better: after an objection, arguing rather than hearing it out. */
  superiority: w(
    'better|superior|the best|best in class|best-in-class|stronger|more effective|outperforms|outperformed|beats|blows * away|nothing else|head and shoulders|clearly the',
  ),
  contrast: w(
    'but|however|though|that said|even so|the thing is|the reality is|the truth is|at the end of the day|in fact|actually|honestly the|although|respectfully',
  ),
  /** Dismissing or arguing with a concern. */
  dismissal: w(
    "not the drug itself|not the medication itself|not the medicine itself|just a titration issue|just a dosing issue|usually a titration issue|usually a dosing issue|not the drug itself|not the medication itself|not the medicine itself|just a titration issue|just a dosing issue|usually a titration issue|usually a dosing issue|not the drug itself|not the medication itself|not the medicine itself|just a titration issue|just a dosing issue|usually a titration issue|usually a dosing issue|won't be an issue|won't be a concern|get used to it|patients get over it|not really a concern|that's not a concern|i'm not that rep|not like the last|we're not like|just not accurate|just not true|not accurate|that won't happen|that was a different|ours is different|ours is totally different|ours is completely different|i'd push back|push back on that|i have to disagree|i'd disagree|respectfully disagree|that's not true|that's not accurate|that's a myth|isn't an issue|is not an issue|isn't really an issue|isn't a concern|isn't really a concern|far outweigh|outweigh the risks|outweigh the risk|not an issue|not really an issue|not a real problem|not really a problem|nothing to worry about|not something to worry about|shouldn't worry|you shouldn't worry|really not an issue|not a big deal|really not a big deal|shouldn't be a problem|really shouldn't be|won't be a problem|wouldn't be a problem|not a problem anymore|isn't a problem|you don't have to worry|you won't need to worry|i wouldn't worry|wouldn't worry about|don't worry about|no need to worry|really don't apply|doesn't apply|don't apply|nobody's saying|no one is saying|just the fda|being conservative|really is solid|it really is|pays for itself|speaks for itself|the data speaks|outweighs it|the benefit really outweighs|that wasn't me|definitely is|should carry over|the mechanism is the same|really the reason|too cautious|don't you think|wouldn't you agree|you'd agree|that should be fine|should be fine|handle it fine|isn't as bad as you think|not as bad as you think|they'll get used to it|get used to it in|aren't the answer|isn't the answer|generics are old news|old news|always good to have|way better now|that's not true|that's not the case|that's a myth|that's outdated|you're wrong|i disagree|with all due respect|the bigger point|patients get used to it|it's standard|that's standard|really safe|different molecule|a different molecule|completely different molecule|different compound|different drug entirely",
  ),
  /** What the HCP does now: asking about it explores a "we're fine with what we have". */
  currentPractice: w(
    "current|currently|right now|these days|what's working|working well|works well|what you use|what you have|your approach|how you manage|how you're managing|what you do now|what do you use|what are you using|today's",
  ),
  /** Asking what lies behind an objection or cue. */
  explore: w(
    "fall short|falls short|falling short|fall short|falls short|falling short|fall short|falls short|falling short|what have you seen|what have you run into|what's your experience|what has your experience|what's been your experience|what have your patients|how bad|itself or|are you thinking of|do you have in mind|what was promised|went sideways|help me understand what|help me understand why|help me understand how|what's the worst part|what's the hardest part|the hardest part|the worst part|if anywhere|what would make a switch|what would make a change|what went wrong|what made it|what made that|what was it about|change your mind|gives you pause|give you pause|makes you hesitate|would make you comfortable|what specifically|what makes|what's behind|what is behind|what's driving|what drives|which part|what part|when you say|what worries you|what concerns you|what would you need|what would need to|what would it take|what happens when|what happened|why did|that bad|what stops you|what's holding|what is holding|what's usually holding|where would a difference|what does that look like|what does fine look like|look like for them|which is hurting|what hurts|which plans are you seeing|tell me about the|tell me more about|say more about|where they're falling short|where are they falling short|what do they tell you|what's the real barrier|where it gets harder|i imagine you're looking at|help me understand which|where's that coming from|where is that coming from|where does that come from|giving you pause|giving you the most pause|gives you the most pause|what do you like about|what do you like most|what's working about|what keeps you on|what's kept you on|what would you change about|worries you most|worry you most|worries you the most|concerns you most|concern you most|bothers you most|bother you most",
  ),
  /** Restating what the HCP said, as a frame. */
  paraphraseFrames: w(
    "just so i'm clear|so i'm clear|let me see if i've got|let me see if i got|see if i've got this|if i've got it|what i'm taking away|my takeaway|what i take from that|what i'm taking from|so what you're telling me|if i understand correctly|the way i understand it|it sounds like|sounds like|so it sounds like|what i'm hearing|what i hear|so you're saying|you're saying|if i understand|if i'm hearing you|if i heard you|in other words|let me make sure|to make sure i understand|just to make sure|so just to make sure|so what i heard|what i heard|let me play that back|if i've got this right|correct me if|you're telling me|so for you|what you're describing|so two things|two separate things|both of those",
  ),
  /** Words that mark a summary of the conversation. */
  recap: w(
    "quick summary|a quick summary|in a nutshell|so to review|let me review where|where we've landed|where we landed|where we ended up|so the next steps|so our next steps|to recap|so to recap|let me recap|quick recap|a quick recap|to summarize|to sum up|let me sum up|sum up|just to summarize|so just to summarize|in summary|pulling it together|pull it together|let me pull it together|to pull it together|what i heard|what we've covered|we've covered|so we agreed|based on everything we discussed|based on what we discussed|based on what you've shared|tie it together|let me tie it together|so to confirm|just to confirm|so the plan|to wrap up|what we agreed|what we've agreed|what we just agreed|play back what we|just so we're on the same page|just so we are on the same page|so we're on the same page|so we are on the same page|so we're all on the same page|to make sure we're on the same page",
  ),
  /** Attributing a view or wish to the HCP ("you want", "your concern about"). */
  attribution: w(
    "you want|you like|you need|you're looking at|you're looking for|you're open|you are open|you're unhappy|you're not convinced|you have some concerns|you have concerns|your concern about|your concerns about|those concerns|you're worried about|you care about|you'd like|given your concerns|given those|they want|they'd like|they'd rather|and want|and wants|she wants|he wants",
  ),
  /** Taking a no or a maybe as a yes. */
  assumesYes: w(
    "so you're on board|you're on board|glad you're on board|i'll count you in|count you in|so you're on board|you're on board|glad you're on board|i'll count you in|count you in|so you're on board|you're on board|glad you're on board|i'll count you in|count you in|so that's a yes|that's a yes|that's great|so that's great|great so that's|i'll put you down",
  ),
  /** Outcome and benefit words that make a claim about what the product does. */
  benefit: w(
    'off your plate|saves you|save you time|saves your|save your team|frees up|free up|takes care of|we handle|we will handle|keep them on|keeps them on|keep patients on|keeps patients on|stay on therapy|stay on treatment|keep them adherent|improve|improves|improved|improvement|better|best|best-in-class|great|game-changer|game changer|really strong|very strong|strong data|did really well|did well|really well|really great|outcomes|quality of life|reduce|reduces|reduced|reduction|lower|lowers|lowered|fewer|less|faster|simpler|simple|easier|easy|convenient|tolerability|tolerated|well-tolerated|safe|safety profile|efficacy|effective|works|durable|high|protects|help|helps|delivers|love it|patients love|patients * love|families love|families * love|doctors love|physicians love|fit|great fit|perfect for|perfect fit|ideal|interesting|really good option|good option|great option|covered|affordable|savings|copay card|savings card|as little as|value|efficiency|cost-effective|pays for itself|speaks for itself|the data speaks|outweighs it|really outweighs it|no titration|once daily|once-daily|excellent|really clean|very clean|once a day|once-weekly|once weekly|single dose|one pill|single-pill|fell by|dropped by|cut by|cut * by|came down|went down|halved',
  ),
  /** Courtesies that borrow praise words ("great talking with you"): no claim about the product. */
  /** "How are you?": a greeting asked as a question, which invites no answer worth discovering. */
  greetings: w(
    "how are you|how are you doing|how are you today|how's it going|how is it going|how's your day|how is your day|how's your week|how is your week|how have you been|how was your weekend|how was the weekend|how's everything|how are things|how're you",
  ),
  pleasantry: w(
    "great talking|great speaking|great seeing|great to see|great meeting|great to meet|nice talking|helpful to understand|helpful to hear|helpful to know|that's helpful|that's really helpful|really helpful to|a great goal|great goal|great question|great point|excellent question|excellent point|good question|good point|great to hear|good to hear|that's great|great, thanks|that's a good goal|the right goal|great catch|okay great|ok great|oh great|alright great|great thanks|have a great|have a good|have a nice|have a wonderful",
  ),
  /** Hype: a superlative sells, whatever HCP words sit next to it. */
  hype: w(
    'fantastic|amazing|incredible|phenomenal|remarkable|most advanced|outstanding|cutting-edge|cutting edge|state of the art|state-of-the-art|revolutionary|unmatched|unparalleled|best on the market|breakthrough|the best|best-in-class|game-changer|game changer|revolutionary|unmatched|amazing|incredible|miracle|blows away|nothing else like it',
  ),
  /** Asking leave before saying what would happen ("Would it be okay if…", "Mind if…"). */
  permissionFrames: w(
    'would it be okay if|would it be ok if|would it be all right if|would it be alright if|is it okay if|is it ok if|is it all right if|would it help if|would it be helpful if|would it be useful if|would you mind if|do you mind if|mind if|how would you feel about|how would you feel if|would you be okay with|would you be ok with',
  ),
  /** Leave only to talk or ask, not for a step ("…if I asked how you pick a second agent?"). */
  leaveToTalk: w(
    'ask how|ask what|ask why|ask which|ask where|ask about|ask a|ask you a|ask you about|ask you how|ask you what|ask you some|ask a few|asked how|asked what|asked why|asked which|asked where|asked about|asked a|asked you a|asked you about|asked you how|asked you what|asked you some|asked a few|talk|talked|tell you|told you|share|shared|mention|mentioned|explain|explained|show you|showed you|walk you through|walked you through|run you through|ran you through|take a minute|took a minute|take a few minutes|took a few minutes|get your take|got your take|get your thoughts|got your thoughts|pick your brain|picked your brain',
  ),
  /** Concerns a restatement may name, one list per topic: the HCP must have raised the topic first. */
  costTopic: w(
    'cost|costs|price|prices|pricing|priced|copay|copays|co-pay|afford|affordable|affordability|budget|expensive|out of pocket|out-of-pocket|money|reimbursement',
  ),
  accessTopic: w(
    'coverage|covered|formulary|prior auth|prior auths|prior authorization|step therapy|insurance|insurer|insurers|payer|payers|denials|denied|access|paperwork',
  ),
  safetyTopic: w(
    'safety|safe|side effect|side effects|adverse|tolerability|tolerate|hypoglycemia|lows|bleeding|bleeds|weight gain|nausea|risk|risks|interaction|interactions',
  ),
  /** Words that frame a concern in a restatement, not its content ("your main worry is…", "the sticking point"). */
  concernFrame: w(
    'worry|worried|worries|worrying|concern|concerns|concerned|main|biggest|big|sticking point|sticking|barrier|barriers|priority|priorities|challenge|challenges|hurdle|hurdles|pressure point|pressure points|mostly|mainly|primarily|focus|number one',
  ),
  /** An HCP question that asks what the product is good for, which any claim answers ("How is it different…?", "What's the advantage…?"). */
  meritAsks: w(
    'different|difference|differ|differs|advantage|advantages|better|benefit|benefits|special|stand out|stands out|sets it apart|set it apart|offer|offers|edge|superior|in it for|what does it do|what would it do|why should|why would|good for|upside|the point of|sell me|bring to the table|what does it add|what would it add|compare|compares|compared|versus|vs',
  ),
  /** Sending something: a rep's ask to send data is the smallest step an HCP can agree to. */
  sendAsks: w('send|email|e-mail|forward|mail you|get you the|get you a copy'),
  /** Results a rep cites (a comparison, a number from a trial): a claim, never a restatement of the HCP. */
  results: w(
    'no higher than|no worse than|no different from|than with|than placebo|versus|vs|compared with|compared to|percent|hazard ratio|in line with|comparable to|on par with|similar to placebo|similar to the class|same as placebo',
  ),
  /** Product facts: data, dosing, coverage and device details a rep presents. */
  productFacts: w(
    'shot|shots|no higher than|no worse than|no different from|than with|trial|study|studies|data|the data|percent|versus|vs|placebo|comparator|label|indicated|indication|approved|dose|doses|dosing|tier|formulary|covered|coverage|copay|co-pay|savings card|copay card|savings program|savings programs|infusion|injection|injectable|pill|tablet|capsule|inhaler|device|autoinjector|pen|spray|subgroup|endpoint|response rate|response rates|efficacy|safety profile|side effects|adverse|half-life|mechanism|monoclonal|once-daily|once daily|twice daily|once-weekly|once weekly|once-monthly|twice-yearly|mg|milligram|milligrams|hazard ratio|relative|absolute|non-inferior|noninferior|superiority|head-to-head|phase|pivotal|registry|guidelines|nda|pi|prescribing information|available|launched|indicated for|interactions|titrate|titration|starter kit|bridge program|hub|access team|90-day supply|90-day|auto-refill|auto-refills|specialty pharmacy|mail-order pharmacy|home delivery|foam|cream|gel|ointment|lotion|patch|powder',
  ),
  /** Words that join items of a list ("…, and a copay card, plus a starter kit"). */
  listJoiners: w('and|plus|also|as well as|along with|on top of that'),
  /** Words that tie a point to this HCP ("which is your", "you mentioned"). */
  linkFrames: w(
    "you mentioned|you said|you told me|you described|you've described|you raised|which is your|that's your|exactly those|exactly where|exactly there|exactly that group|those patients|those folks|the ones you|the patients you|the ones you described|you're worried about|what you told me|what you described|your own numbers|your own inputs|built it around|like yours|for someone like|a patient like|your patients who|your patients with|so you'd never|so you don't|so your|for your team|for your nurses|for your staff|for your front desk|for your office staff|for your office|for your pharmacists|for your pharmacy team",
  ),
  /** Verbs of a deliverable a rep takes on ("I'll send", "I bring"). */
  ownerVerbs: w(
    'circle back|check back|touch base|send|email|e-mail|bring|leave|drop|call|follow|check|come|stop|swing|set|book|schedule|get|put|take|reach|loop|connect|share|have|find|do|pull|talk|ask|see|show|run|arrange|coordinate|confirm|lock|fax|mail|text|introduce|print|deliver|go|walk|make|pre-fill|prefill|look|review|start|pick|try|judge|decide|add|offer|bring|hold|give|hit|ping',
  ),
  /** Who takes something on, before an owner verb ("I'll", "you pick"). */
  owners: w(
    "let me get back|let me follow up|if i came back|if i came by|if i stopped by|if i dropped by|i come back|i stop by|i drop by|i'll|i will|i'm going to|the liaison will|our liaison will|our medical liaison will|the msl will|our msl will|our team will|the hub will|i am going to|i can|i could|i come|i bring|i'm back|i'll be back|i'll also|will do|i'll personally|you pick|you'd pick|you bring|you'll|you decide|you judge|you'd add|we'll|we will|have our|our * specialist will|our * manager will|our * educator will|our * liaison will|our * team will|our specialist will|our educator will|my manager will|my colleague will|the * specialist will|the * manager will",
  ),
  /** Ways of saying "I'll follow up" that commit to nothing in particular. */
  vagueSteps: w(
    "give you a call|give you a ring|more info|more information|when i'm back this way|when i'm in the area|next time i'm in the area|next time i'm by|something on the calendar|something on the books|set something up|find a time|more info|more information|when i'm back this way|when i'm in the area|next time i'm in the area|next time i'm by|something on the calendar|something on the books|set something up|find a time|get back to you|at some point|stay in touch|connect again|reconnect|we can connect|we could connect|check back|swing by|stop by|follow up|come back|come by|circle back|touch base|keep in touch|keep me posted|keep us in mind|let me know|talk soon|be in touch|see how it's going|see how those|see how your|sometime|down the road|some information|the information|some info|the brochure|brochures|samples|some samples|pick up where we left off|schedule a time|schedule a follow-up|a follow-up|anything you need|hit you up|ping you",
  ),
  /** Verbs of handing something over in a step the rep owns ("I'll send…", "I'll put together…"); not "leave" or "drop", which also leave decisions and drop subjects. */
  handoverVerbs: w(
    'send|email|e-mail|bring|drop off|fax|mail|text|print|forward|deliver|put together|pull together|get you|get your|get them|get her|get him|draft|prepare',
  ),
  /** What is handed over when nothing in particular is: "some stuff", "something", or a stock leave-behind ("a stack of savings cards"). */
  vagueObjects: w(
    'stuff|something|anything|some things|a few things|things|some info|info|some materials|materials|some literature|literature|some reading|whatever|my card|a card|business card|my number|stack of|a stack|savings card|savings cards|copay card|copay cards|coupon|coupons|brochure|brochures|pamphlet|pamphlets|flyer|flyers|sample|samples|an update|update|updates',
  ),
  /** Concrete deliverables and meetings that make a next step specific. */
  deliverables: w(
    'a call with|a quick call with|a short call with|a phone call with|a video call with|a zoom call with|a conference call with|a call to walk|a call to go over|a call to scope|sheets|starter supply|a supply|counter card|handout|handouts|talking points|summary|the summary|subgroup data|subgroup analysis|subgroup analyses|the analysis|the analyses|the publication|the paper|the abstract|in-service|inservice|lunch|session|walkthrough|meeting|ten minutes|fifteen minutes|five minutes|twenty minutes|thirty minutes|model|template|table|tables|sheet|one-pager|checklist|reprint|slides|the data|breakdown|results|the study|sub-study|file|document|dossier|form|forms|receipt|log|trainer|demo|starter kit|starter kits|calendar|voucher|notice|guide|enrollment|education|label|patients who|one patient|two patients|three patients|a few patients|two or three|one or two|next patient|next three|first patient|the search',
  ),
  /** Times and dates that make a next step specific. */
  when: w(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this afternoon|this morning|this evening|end of day|by end of|noon|first friday|first monday|the week of|january|february|march|april|june|july|august|september|october|november|december|# am|# pm|# a.m|# p.m|# o'clock|twelve-thirty|twelve thirty",
  ),
  /** Asking the HCP to commit to something. */
  commitmentAsks: w(
    "would you be comfortable|are you comfortable|would you feel comfortable|are you ready to|any reason not to|any reason you wouldn't|is there any reason you wouldn't|is there any reason not to|would you be comfortable|are you comfortable|would you feel comfortable|are you ready to|any reason not to|any reason you wouldn't|is there any reason you wouldn't|is there any reason not to|can i email|could i forward|can i forward|could i share|can i share|could i have|can i have|would it be okay if|would it be ok if|is it all right if|would you mind if|okay if i|ok if i|could i ask you to|can i ask you to|i'd ask you to|would you give it|could we plan|can we plan|shall we plan|could we start|can we start|should we start|how about we start|would it make sense to try|would it help to try|would it help to start|would it be worth trying|worth trying on your next|worth trying in your next|worth a try on your next|would it make sense to start|would it make sense to switch|would it make sense to consider|would you be willing|can you start|could you start|will you start|would you start|can you prescribe|will you prescribe|would you prescribe|start prescribing|will you switch|can you switch|are you willing|would you be open to|are you open to|would you be open|is that something you'd be open|can i count on you|so can i count on you|would you consider|will you consider|could you get me|can i put you down|what if you just tried|what if you tried|do you think you might try|would you try|could you try|would you like|shall i|can i set up|can i come back|could we meet|can we meet|could we sit down|can we sit down|could we schedule|can we schedule|could we set up|can we set up|would you meet|could i come back|could i take|can i leave|could i leave|may i leave|can i send|could i send|could i drop|could i bring|can i bring|could i email|may i email|may i send|can i confirm|can i book|could i book|would it help if i|would that be useful|would that be helpful|would that work|does that work|does that sound reasonable|does that sound okay|is that all right with you|is that a yes|let me know yes or no|tell me which day|tell me if that works|make sure you keep|make sure to keep|just write it|the next step is to start|the sensible next step is|let's schedule|so let's|is it okay if i|be worth it|be better for|would fifteen minutes|would ten minutes|would twenty minutes|would # minutes|would next week work|would tuesday|would wednesday|would thursday|would monday|would friday|what if our|what if we|how about|sound good|does # work|shall we|you'd pick|would you let me|can we agree|try it on your next|try it with your next|try it in your next|try it in a few|willing to try|open to trying|you should just start|you should just prescribe|you should just order|you should just use|you should just switch|you should just try|you should start them|you should switch your|you should prescribe|should be your new first choice|should be your first choice|you can start ordering|just start a few|so just start|should move to|i'd encourage you|i'd really encourage you|encourage you to try|i'd urge you|you gonna give it|are you gonna|you going to give it|want to give it a|wanna give it a|willing to give it a",
  ),
  /** Respecting the HCP's time: shortening, asking permission, offering to stop. */
  timeAdapt: w(
    "i know you're mid-clinic|i know you're mid-rounds|i know you're mid-shift|i know you're mid-morning|i know you're mid-afternoon|i know you're mid-day|i know you're mid|i know you're in the middle|i know you're between|i know you're in clinic|i know you're on call|i know you're on rounds|i know you're with patients|i know you're seeing|i know you're busy|i know you're short|i know you're pressed|i know you're slammed|i know you're swamped|i know you're running|i know you've got a full|i know you've got patients|i know you have a full|i know you have patients|i know you're booked|i know you're behind|would it be better if|better if i came back|better if i come back|come back later|a better time|better time|one question|one quick question|just one question|a single question|i'll be quick|i'll be brief|i'll keep it|keep it to|keep it short|this'll be quick|this'll be super quick|super quick|be quick|briefly|so briefly|quickly|in short|the short version|i won't keep you|won't take long|i'll let you go|i'll let you get|let you get back|let you get to|go, you're behind|go you're behind|you're behind|respect your time|mindful of time|since we're at|since you're out of time|before you go|i know how busy|how much time do you have|thirty seconds|two minutes|one minute|i'll skip the slides|the one thing|one thing:|i'll stop there|i'll stop here|i won't go further|won't take more of your time|won't take any more of your time|i'll leave it there|i'm gone|i promise|no problem|come back another time|rather i come back|another time|if you need to go|i hear your next patient|i can see you need to go|i'll let you|then i'll|you have to go|you need to go|i won't add to it|so i'll keep|we can stop here|we can stop there|happy to stop|glad to stop|let's stop here|we can pick this up|we can pick it up",
  ),
  /** Clarifying after confusion. */
  simplify: w(
    'basically|it just means|all it means|all that means|it means|what it means is|what i mean is|i meant|i mean the|let me back up|let me start over|let me say that differently|let me put it another way|in plain english|the simple version|the short version|think of it like|think of it as|in other words|put simply|simply put|to put it simply|let me put it|the short answer|every day|plain language|in plain terms|what that means is|good catch|to clarify|let me clarify',
  ),
  /** Small talk or content about the rep or the company, not the HCP's patients. */
  offTopic: w(
    "my handicap|tee time|the back nine|my daughter|my son|my wife|my husband|soccer|hockey|fishing|the lake|camping|concert|background on our company|our company|we've been in|what drew you|in the first place|ideal relationship|relationship with a pharma rep|your weekend|the weekend|the game|the weather|vacation|how was your|sports|football|baseball|basketball|traffic|my kids|fantasy|golf|how long have you been practicing|get to know you|i started out in|i started out as|i started out at|did a stint|a stint in|before this job|my last job|i used to sell|i've been in sales|been with the company|my career",
  ),
  /** Deflecting an HCP question. */
  deflection: w(
    "the bigger story|the real story|the bigger picture|what really matters here|the more important thing|the more important question|let me first|first let me|hold that thought|let's park that|park that for|i'll come back to that|we'll come back to that|let's come back to that|come back to that|before we get into that|before i answer that|before i get to that|i'll get to that in|we'll get there|our reps can|another rep can|someone else can|someone from our|more information on that|it's all in the pi|all in the pi|anyway|the key point here|the real point|the main point|that wasn't me|the bigger point|let's not worry|don't worry about that|we can get to that|care more about|care way more about|cares more about|more interested in|what really matters is|what matters more|the bigger thing|the bigger issue|the bigger question|put a pin in|let's hold off|can we hold off|let me hold off|let's table|save that for later|save that for the end|get to that later|get to pricing later|get to cost later",
  ),
  /** Fillers that say nothing on their own. */
  fillers: w(
    'ok|okay|k|kk|yes|no|yeah|yep|nope|sure|hmm|hm|mm|uh|um|lol|cool|nice|great|right|fine|whatever|thanks|thank you|hi|hello|hey|test|asdf|idk|so|and|totally|for sure|like',
  ),
} as const;
