// Phrase lists for reading HCP turns (docs/scoring.md "From turns to acts": HCP acts). Data, versioned with the rubric.
const w = (s: string): string[] =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== '');

export const HCP_PHRASES = {
  /** Signals of pressure on time or wanting to leave. */
  timeCue: w(
    "running way behind|way behind|so behind|packed afternoon|packed morning|keep this tight|keep this short|been waiting|need to get going|have to get going|got to get going|gotta get going|should get going|better get going|need to head out|have to head out|waiting room's packed|waiting room is packed|waiting room's full|waiting room is full|packed waiting room|full waiting room|short-staffed|short staffed|we're down two|we're down one|i have to go|i need to go|i really have to go|i really do have to go|i gotta go|i've got to go|got to go|gotta go|have to run|need to run|i need to get back|need to get back|have to get back|get back to clinic|get back to my|get back to the|i need to get to|next patient|patient waiting|patients waiting|somebody waiting|someone waiting|waiting in room|in room #|in chair #|running behind|running late|running about|i'm behind|# behind|# minutes behind|minutes behind|make it quick|make it fast|be quick|short on time|pressed for time|out of time|i'm out of time|no more time|don't have time|don't have long|not much time|limited time|couple of minutes left|minutes left|wrap up|wrap this up|let's wrap|we're done|i think we're done|that's my pager|my pager|rounds in|i have rounds|can't do a full presentation|can't run over|i can't stay|before my|before i pick up|pick up my|mid-rounds|slammed|in the queue|good seeing you|i've got a patient|got a patient|literally got|you've got a minute|you have two minutes|you have a minute|you've got two minutes|i have a few minutes|i've got about|i have about|i've got maybe|maybe five minutes|about what i've got|what i've got before|double-booked|double booked|overbooked|booked solid|they're calling me|calling me from|calling for me|they need me|being paged|getting paged|paging me|looking at the clock|look at the clock|watching the clock|glancing at the clock|eye on the clock|clock is ticking|full afternoon|full morning|already in the room|already roomed|waiting on me|waiting for me",
  ),
  /** Time words not about this call: time the practice lacks for a task ("we don't have time for another form"), "run it by". */
  workload: w(
    "need to run it by|need to run this by|have to run it by|have to run this by|need to run it past|we don't have time|they don't have time|nobody has time|no one has time|staff don't have time|nurses don't have time|don't have time for another|don't have time for more|don't have time to fill|don't have time for paperwork|don't have time to chase|had a patient in room #|had someone in room #|had one in room #",
  ),
  /** A time budget stated in minutes ("I've got two minutes"); long budgets are no pressure. */
  minutes: w('minute|minutes|min|mins'),
  /** Asking why the rep came: a purpose answers it ("What's this about?" → "I'm here to tell you about X"). */
  visitQuestion: w(
    "what's this about|what is this about|what's it about|what do you need|what can i do for you|what do you have|what have you got|what brings you|what's new|why are you here|what are you here|what did you want|what do you want|what's the pitch",
  ),
  confusionCue: w(
    "not sure what you mean|what you mean by|not sure i understand|not sure what that means|sorry which|sorry what's|remind me which|remind me again|which is which|not sure i follow|i don't quite follow|don't quite follow|you've lost me|i don't understand|i'm confused|that's confusing|confusing to me|don't follow|not following|i'm not following|lost me|you lost me|what do you mean|what does that mean|not clear|i'm still not clear|still not clear|unclear|i honestly don't get|don't get how|i don't get|say that again|come again|over my head|too technical|too much jargon|doesn't make sense|i'm lost|wait, so|wait so|is it the same|is this the same|is that the same|which is it|or is it|wait, which|hang on, which|hold on, which|back up a|can you back up|let's back up|go back over|go back a step|i lost you|lost track|you're losing me|losing me|hold on, so|hang on, so",
  ),
  /** Stopping the rep ("Hold on."): confusion when a question follows. */
  halt: w(
    'wait|hold on|hang on|wait a second|wait a sec|wait a minute|hold on a second|hold on a minute|hang on a second|hang on a minute|hang on a sec|back up',
  ),
  disinterestCue: w(
    "is that it|are we done|heard this pitch|heard that pitch|heard the pitch|heard this from|heard this one|uh-huh|mm-hmm|mmhm|hmm|mm-hm|mm hm|mhm|mm|uh huh|whatever|sure, whatever|if you say so|i've heard this before|heard it all before|not interested|i'm not interested|who cares|i don't care|why are you telling me|that's what i said|yes. that's what i said|i'm not sure what you want me to say|what you want me to say|everything's a problem|everybody does|we do some|i don't know. some|anyway|it's not the issue|not the issue|sure it is|can you grab|keep going|what's this about|what is this about|something you wanted to show me|get to the point|what's the point|is there a point|where is this going|answer this text|answer this page|reply to this|take this call|have to take this|need to take this|check my phone|checking my phone|keep talking|still listening",
  ),
  /** "Is there anything else?" as a whole question winds the call down; it asks the rep nothing to answer. */
  wrapUp: w(
    'anything else|is there anything else|was there anything else|is that everything|is that all|anything more',
  ),
  emotionCue: w(
    "i love it when|love it when|i love seeing|makes my day|best feeling|kills me|it kills me|worn out|worn down|tired of fighting|sick and tired|a disaster|was a disaster|fiasco|brutal week|rough week|tough week|hard week|long week|rough day|long day|lost a patient|i lost a patient|frustrated|frustrating|frustration|it's frustrating|angry|upset|annoyed|annoying|fed up|sick of|tired of|exhausted|exhausting|overwhelmed|burned out|burnt out|stressed|stressful|worried|worry|worries me|scared|afraid|anxious|nervous|makes me nervous|disappointed|heartbreaking|devastating|awful|terrible|nightmare|my nightmare|drowning|wit's end|dread|the thing i dread|fear|my biggest fear|sore spot|it bugs me|bugs me|bothers me|what gets me|gets to me|the part that gets to me|i lose them|i still think about|i keep going over|keeps me up|makes me crazy|drives me crazy|it's insane|insane|i just told you|i've said that twice|i just said that|i just said|said that twice|die|died|a patient die|i needed that|thanks for listening|hang in there|oh, fantastic|fantastic. another|just what my|i adore|best part of my day|it was wonderful|i love having|kill me|mad at me|burned|got burned|we got burned|before you say anything|furious|livid|breaks my heart|hard to watch|gut-wrenching|shook me|shook me up|shaken|rattled me|haunts me|stayed with me|stuck with me|fuming|no patience|much patience|lost patience|had enough|had it with|can't stand|demoralizing|demoralising|discouraging|disheartening|depressing|draining|wears on me|wears me down|takes a toll|helpless|hopeless|defeated|gut punch|soul-crushing|i hate seeing|hate seeing|hate watching|i hate when|i hate it when|i hate that|proud|so proud|really proud|proudest|thrilled|over the moon|made my year|made my week|i lost mr|i lost mrs|i lost ms|we lost mr|we lost mrs|we lost ms|i lost one of my|we lost one of our|my whole saturday|my whole sunday|my whole weekend|my whole evening|my entire weekend|my evenings on|my weekends on|on my day off|is a fight|always a fight|a constant fight|is a battle|always a battle|a constant battle|uphill battle",
  ),
  /** Staying with what the HCP does now. */
  statusQuo: w(
    "work fine|they work|work for most|working for most|don't see a need|don't see the need|anything new|what does this add|what would this add|what does it add|set in our ways|set in my ways|does the job|gets the job done|current regimen works|protocol that works|a protocol that|our protocol works|working well enough|works well enough|good enough for|working fine|reason to change|if it ain't broke|isn't broken|don't fix what|unsure we need|not sure we need|don't think we need|need another product|another product|we're fine|we're fine with|fine with what we have|i'm fine with|they're fine|honestly they're fine|works fine|it's cheap and it works|works for most of them|works for most|doing okay|doing well|doing fine|we already use|we already have|already have|already use|comfortable with|quite comfortable|stick with|i'll stick with|sticking with|not short of|not unhappy|i'm not unhappy|don't see the need|don't see why|no need|not looking to|no reason to|our own sheet|we've got our own|i'm not touching that|not touching|stay put|used to their|are used to|the old one works|works fine if|what we have|happy with|not going to switch|not going to fight|doesn't keep me up|i know them well|we already have several|not shopping|out shopping|not looking for something new|not looking for anything new|not looking for another|not looking for a new|not in the market|has worked fine|worked fine for years|worked fine for # years|old one worked|always worked|why mess with|why change it|why would i change|why would i switch|why switch",
  ),
  cost: w(
    "a fortune|budget is frozen|frozen budget|cost|costs|costly|expensive|paying|pay|price|pricing|afford|affordable|copay|co-pay|copays|out of pocket|out-of-pocket|budget|cheaper|cheap|fixed income|fixed incomes|dollars|dollar|# a month|# dollars a month|# a day|hundred a day|acquisition|medicare|per gram|money|pay for|pays for|deductible|social security|few dollars|generics for|as generics|hard sell|doable|pharmacy budget|bucks|a buck|who pays|who's paying|who is paying|who's going to pay|who is going to pay",
  ),
  access: w(
    "p&t|p and t|pharmacy and therapeutics|get past|deny it|will deny|isn't set up|not set up|aren't set up|have to fail|must fail|fail two|coverage|covered|not covered|plans|health plan|health plans|commercial plans|cover it|formulary|prior auth|prior auths|prior authorization|pa|pas|step therapy|insurance|insurer|plan wanted|the plans|plans pick|payer|payers|pbm|denied|denial|denials|rejects|rejected|rejections|rejection|approved|approval|paperwork|fax|1-800|wholesaler|returns|inventory|stock|reference lab|can't get it|can't get anything|tier|portal|retrain|bandwidth|couldn't get it|couldn't fill|couldn't stock|don't stock|doesn't stock|out of stock|backorder|backordered|back-ordered|shortage|shortages",
  ),
  safety: w(
    "hyperkalemia|hypokalemia|hypotension|angioedema|dehydration|thrush|oral candidiasis|osteoporosis|cataracts|heart rate|bradycardia|heart rhythm|ecg changes|pancreatitis|thyroid|infection|infections|kidney injury|kidney damage|dizziness|nausea|gi side effects|heart failure|arrhythmia|qt|safety|injection site|site reaction|site reactions|reactions|stroke|strokes|smoke|smokers|smoked|prediabetic|class label|safety signals|side effect|side effects|adverse|toxicity|weight gain|gain weight|pounds|kilos|prediabetes|prediabetic|clots|clot|stroke|heart attack|heart attacks|cardiac events|cancer|boxed warning|warning|bleeding|bleed|falls|confusion|car accidents|hip fracture|hip fractures|fractures|sodium|electrolytes|hyponatremia|hypophosphatemia|phosphate|potassium|a severe low|low at night|hypoglycemia|lows|blood pressure|systolic|mmhg|don't mix|risk|risks|tolerate|tolerability|nephrotoxicity|liver|interaction|interactions|disappointed by|what does it do to",
  ),
  evidence: w(
    "compared to what|versus what|by how much|what was the comparator|against what|what comparator|data|the data|your data|paper|read the paper|the paper|versus|not versus|my population|in my population|trust your data|trial|trials|study|studies|non-inferior|noninferior|open-label|open label|who assessed|endpoint|composite|mortality|mortality benefit|subgroup|margin|excluded|exclude|not versus|head-to-head|population|in my population|evidence|published|points on a rating scale|rating scale|relative|absolute|which ones|you wouldn't see it|don't trust|doesn't apply to|real world|real-world",
  ),
  other: w(
    "your company's last drug|was pulled for|were pulled for|got pulled|pulled from the market|the needles jam|needles jam|waste doses|wasted doses|told me the same thing|nothing changed|same thing last year|you said that last time|heard that last year|my colleagues|colleagues can|make their own decisions|pathway committee|the committee|not going to fight|more complexity|complexity|last thing i want|not really going to get into|with a rep|your company's|what your company|your company told|your company tells|your company said|your company promised|last rep|said things like that|can't work|why should i talk|why we'd need|why would i|sure it is|not the issue|another pill|one more pill|pill burden|pills a day|too many pills|how is any of that|how is that relevant|not relevant|doesn't apply to us|doesn't apply to my|we're not a hospital|we're not a|drug reps|pharma reps|you reps always|you reps all|you reps say|you reps never|you reps just|you reps keep|you people|the last company|last company|why should i trust|trust you|any different|heard that before|every rep says|you all say|promised support|that's what they said|what they said about|they all say that|everyone says that|that's what everyone says|miracle drug|miracle cure|wonder drug|another miracle|oh sure, another|oh great, another|oh good, another|yeah, right|yeah right|p&t decision|committee decision|committee's decision|not my decision|not my call|isn't my call|not up to me|isn't up to me|above my pay grade|out of my hands",
  ),
  /** The HCP changing the subject to what really matters to them ("here's the real issue"). */
  pivot: w(
    "the real issue|the real problem|the real question|the actual issue|what i actually care about|what really matters|the bigger issue|my real concern|here's the thing",
  ),
  /** Words that turn a topic into resistance ("the problem is", "but", "won't"). */
  resistance: w(
    "none of my|nobody can|no one can|deny it|will deny|they always do|never get past|hated|hate it|hate the|can't stand|a fortune|frozen|isn't set up|not set up|aren't set up|only has|only carries|only covers|isn't on|than mine|healthier than|younger than|don't look like|ridiculous|absurd|outrageous|have to fail|must fail|short-term|need five-year|need long-term|i need to see|compared to what|versus what|by how much|against what|too high|too steep|out of reach|drowning|impossible|but|though|still my|is still|are still|still a|still the|however|too many|too much|half my|more risk|tell me why|i'd want to see|i would want to see|i'd need to see|show me|before i take|i've read|what does it do to|how does it affect|is it safe|not all|problem|my problem|the problem|the issue|issue|won't|can't|never|hard|hard sell|worried|worry|worries|worries me|concern|concerned|hesitate|hesitant|nervous|skeptical|doubt|burned|kill|killed|nightmare|the last thing|rather not|i'd rather not|i'm not going|not going to|not sure|why should|why would|who assessed|which ones|may not|pulled back|stopped|i stopped|disappointed|excluded|the whole class|exactly what i'm worried|that's the whole problem|half of|half the time|rejects|sure it is|can't get|doesn't tell me|don't tell me much|tells me nothing|not long enough|too short|too small|stop filling|stopped filling|don't fill|won't fill|never fill|never filled|sticker shock",
  ),
  /** Goodbyes. */
  farewell: w(
    'you too|have a good|have a great|good seeing you|nice seeing you|see you|bye|take care|thanks for coming|thanks for stopping',
  ),
  /** The HCP correcting the rep: proof the rep's last turn missed what was said. */
  correction: w(
    "i just said that|i just said|i just told you|i've said that twice|i said that twice|that's not what i said|that's not what i asked|not what i asked|you're not listening|you haven't answered|you didn't answer|answer my question|i already said|i already told you|that's what i said",
  ),
  /** Concerns that are pushback whatever words surround them ("fixed incomes", "boxed warning"). */
  inherentConcern: w(
    "fixed income|fixed incomes|social security|can't afford|too expensive|hard sell|as generics|generics for|for a few dollars|boxed warning|black box|class label|safety signal|safety signals|more risk|don't mix|doesn't mix|don't trust|not convinced|i doubt|skeptical|get denied|got denied|gets denied|keep getting denied|always denied|on hold with|on hold for|a fraction of the price|fraction of the cost|fraction of the price|who pays|who's paying|who is paying|who's going to pay|who is going to pay",
  ),
  /**
   * What makes a safety word an objection: worry, a verdict on the drug or its class, a question
   * about harm. Without it a safety word describes patients or states a need ("no weight gain").
   */
  safetyWorry: w(
    "on these|on those|with these|terrible|awful|horrible|brutal|hated|hate the|hate it|scares me|scary|frightens me|terrifies me|worried|worry|worries|worries me|concern|concerned|concerns|nervous|makes me nervous|scared|afraid|fear|nightmare|hesitate|hesitant|skeptical|doubt|disappointed|burned|pulled back|stopped prescribing|stopped using|don't mix|doesn't mix|too many|more risk|what does it do to|how does it affect|how does * handle|is it safe|warning|label|signal|signals|not the ones|want to not|costs me|anything that|the class|whole class|in the class|raised|newer|what about|seen too many|i've seen|on one of these|on one of those|on the last one|on the last drug|on that drug|on the old one|in this class|this class|that class|had to stop it|took him off|took her off|took them off|came off it",
  ),
  /** Sentences that state a wish, a verdict in favour or a topic heading, not pushback. */
  noPushback: w(
    "trial and error|are fine|is fine|that's fine|settled that|have settled|pretty much settled|looks fine|that solves|solves most|that's better|better than|that's interesting|interesting|avoiding|heart of it|matters to me|what i think about|i'm glad you asked|glad you asked|since you ask|we covered|you asked about|to come back to|i'll offer|i'll try it|i'll try that|we'll review|send me|i want to show|that's a real difference|that i can weigh|that i can take in",
  ),
  /** An HCP stating a problem or a goal: what a rep's point should connect to. */
  needs: w(
    "my job is|it's my job|i'm responsible for|i'm the one who|i care about|what i care about|i have to keep|i really need|what i need|what i really need|what i want is|a pain|a real pain|a hassle|stuck|above goal|not at goal|still above|uncontrolled|not controlled|my problem|the problem|our problem|the issue|the thing is|the thing i|what i don't love|what gets me|what really bothers me|what bothers me|where i hesitate|i hesitate|where they fall short|where it gets|i struggle|struggle|i want|i'd want|i need|we need|they need|i'd rather|i'd just rather|i'm measured|what i'm measured|matters to me|matters here|what matters|that matters|it has to|has to|needs to|patients want|they want|they stop|they skip|they quit|they give up|they can't|they won't|they don't|they lose|we lose|i lose|can't absorb|can't get|won't|miss|missed|missing|skip|skipping|skipped|stop|stopped|stopping|quit|quitting|drop|dropping|drops|halving|halve|losing|delay|delayed|wait|waiting|pushed|cautious|careful|avoid|can't take|can't tolerate|won't tolerate|intolerant|refuse|refuses|bounce back|come back|burden|hard|harder|difficult|complicated|bottleneck|booked out|backlog|drowning|i dread|my biggest|my fear|worried|worry|nervous|if i could|would help|getting more|avoiding|keep them|keep patients|without|no more|less|fewer|faster|sooner|earlier|cheaper|simpler|easier|gets worse|worse|falls through|nobody|no one|don't have|can't|never",
  ),
  /** An HCP describing their practice or patients: a situation, not yet a need. */
  situation: w(
    "the ones i|the patients i|most of my|most of mine|most are|most of them|most of these|half my|half of my|half of them|half the time|a lot of my|a lot of them|some of them|a third of|a quarter|a fair chunk|my patients|our patients|my older|my seniors|my nurses|my team|my ma|my staff|our nurses|our team|we have|we had|we run|we use|we go|we do|we did|we've had|we're|i've got|i have|i had|i use|i spend|i end up|they go|they put|they come|they cycle|they say|patients who|the ones who|people who|it happens|it depends|depends a lot|increasingly|mostly|usually|every|right now i'm|my families|my * patients|i see|we see|i'm seeing|we're seeing|mr|mrs|ms",
  ),
  /** Exclamations built on need words ("I can't believe they blew it"): no need in them. */
  exclaim: w("can't believe|cannot believe|can't wait|you won't believe|wouldn't believe"),
  /** How an agreeing turn starts ("Yes.", "Sure, that works."). */
  agreeStart: w(
    "yes|yeah|yep|sure|okay|ok|fine|good|great|go|deal|agreed|absolutely|definitely|sounds good|sounds great|that works|that's fine|that's reasonable|perfect|alright|all right|happy to|please do|of course|will do",
  ),
  /** Agreeing to a proposal or next step, anywhere in the turn. */
  /** Taking a point in ("makes sense", "good to know"): a short reply that listens, not one that switches off. */
  takesIn: w(
    "makes sense|that helps|good to know|that's clearer|that's helpful|helpful|i see what you mean|fair point",
  ),
  agree: w(
    "let's try it|let's try one|let's give it a|that's fine|is fine|that works|works for me|sounds good|let's do that|let's do it|yes let's|go ahead|please do|do it|that's reasonable|that's the right order|happy to|put your name down|put it on|send me|send it|loop in|tell her|talk to|i'll tell her|leave me the|could you come|let me have|i'll hold you to that|that's the plan|let's talk then|we'll talk|she'd like that|would probably like|would like that|i'd like that|i want to see|i'll offer it|i'll try it|i'll try that|i'll try this|i'll try one|i'll try with|i'll try a couple|i'll try two|i'll try three|is open|hold you to|that's more than|we'll find out|leave those",
  ),
  /** The HCP takes something on or names a time: a real yes, not a polite one. */
  selfCommit: w(
    "i'll take it to|i'll take this to|i'll bring it to|i'll bring this to|i'll put it in front|i'll add it to|i'll present it|i'll present this|i'll run it by|i'll raise it with|i'll start|i will start|i'll prescribe|i'll write|i'll switch|i'll give it a|i'll try it|i'll try that|i'll try this|i'll try one|i'll try with|i'll try a couple|i'll try two|i'll try three|i'll offer|i'll order|i'll put|i'll tell her|i'll tell him|i'll have|let me have|i've got two|i've got a couple|i've already got|i have a patient|i'm seeing|she's in|he's in|tell her i|tell him i|bring a|bring me|send me|put the|loop in|walk my|walk me|i want to see|i'll hold you",
  ),
  /** Agreement words that close the topic without committing to anything. */
  brushOff: w(
    "leave the info|leave it with|leave the information|leave me some|some materials|i'll get to it|drop off some|i'll look at it|i'll take a look|i'll have a look|i'll read it|leave some info|leave it|leave a card|leave me a card|leave whatever|leave some information|leave the brochure|just leave|you can leave|you can drop off|drop off the|front desk|at the front|up front|i'll think about it|think about it|keep me posted|email me|check with|whatever|will do|just set it up|we'll see|i'll see whether|send me something|send me some info|send me some information|send me some literature|send me some stuff|send me whatever|send me a brochure|send me the brochure|send me info|send me the info|send me information|send me a link|put it in an email|put that in an email|put it in writing|email it to me|email it over|shoot me an email|shoot me something|send something over|keep it in mind|keep that in mind|i'll keep it in mind|bear it in mind|bear that in mind|talk to my office manager|talk to my practice manager|talk to the office manager|talk to my office|talk to my manager|talk to my nurse|talk to my staff|talk to my scheduler|talk to the front|ask my office manager|my office manager handles",
  ),
  /** Saying no to a proposal. */
  decline: w(
    "pass for now|i'll pass|going to pass|hold off|i'll hold off|not for me|not this month|not right now|not at this time|not this week|not yet|not me|not this cycle|not now|not today|not interested|i'm not going to|i won't|i wouldn't|we won't|i'm not really going to|not going to|not seeing anyone|i've heard enough|heard enough|we're done|that's not what i said|not how i practice|i'll stick with|no thanks|no thank you|not for us|i don't think so|not for my|not for our|not in my practice|don't think i'll|i don't see myself|can't see myself|i doubt i'll|not something i'd|not something i'll|not something we'd|won't be using|probably not|going to say no|have to say no|we don't do that|we don't do those|we don't do lunches|we don't do lunch|we no longer do|we stopped doing|we don't allow",
  ),
  /** A condition attached to a yes ("if coverage isn't a nightmare"). */
  condition: w(
    "run it by|run this by|run it past|check with my|talk to my partners|talk to my group|ask my partners|clear it with|once the|as soon as|when the coverage|if|unless|as long as|provided|only if|before i|once i see|until i see|depends on|i'd want to see|i would want to see|if it|if one|if they|if the|if coverage|if yours|if it stays|if it really|if it keeps|i'd need to see|i would need to see|i'd have to see|once our|once my|once they|after our",
  ),
  /** Willingness next to a condition ("I'd try it", "I might consider"). */
  willing: w(
    "i'd|i would|i might|i may|i'll|i could|i can|would be open|i'd be open|open to|consider|i'd try|i'd consider|try it|trying this|we'll find out|that solves|that i can weigh|i could see|wouldn't say i'm against|not against|that's doable|doable|i'll order",
  ),
} as const;
