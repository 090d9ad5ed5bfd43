// Built-in reply frames that fill gaps in scenario material; slots: {echo} {term} {product} {topic} {step} {line}.
import type { Depth } from './material.js';

type ByDepth = Partial<Record<Depth, readonly string[]>> & { neutral: readonly string[] };

const FRAMES = {
  answerLead: {
    guarded: ['', 'Hm.'],
    neutral: ['', 'Let me think.'],
    open: ['Good question.', 'Fair question.', 'Glad you asked.', '', 'Let me think.'],
  },
  /** Before answering an agenda, which asks nothing: no "good question". */
  agendaLead: {
    guarded: ['', 'Fine.'],
    neutral: ['', 'All right.', 'Okay.'],
    open: ['', 'Sure.', 'Happy to.'],
  },
  /** Leave the rep asked for ("Can we pick up there?"), given before the HCP's own question. */
  grant: {
    closed: ['Fine.', 'If you must.'],
    guarded: ['Fine.', 'Go on.'],
    neutral: ['All right.', 'Sure.'],
    open: ['Sure.', 'Happy to.', 'Of course.'],
  },
  /** The same question again: escalate, never the same sentence (issue 14). */
  askedAgain: {
    closed: ['I already answered that.', 'You asked me that.'],
    guarded: [
      'You asked me that already. What are you after?',
      "I've answered that. What do you actually want to know?",
    ],
    neutral: [
      'You asked me that already. What are you really after?',
      "I've answered that one. What do you actually want to know?",
      'Same question again? Tell me what you are driving at.',
    ],
  },
  /** A question on a topic the HCP has said all it has to say about. */
  covered: {
    closed: ["That's all I have on that."],
    neutral: [
      "I've told you what I know about {topic}. What else do you need from me?",
      "That's really all there is to {topic} for me. What else?",
      'I think we covered {topic}. Where do you want to go from here?',
    ],
  },
  /** A rep's hello and "how are you?": a hello back, and the floor to the rep. */
  greeting: {
    closed: ['Fine. What do you need?', 'Busy. What is it?'],
    neutral: ['Fine, thanks. What can I do for you?', "I'm well, thanks. What brings you in?"],
    open: [
      "I'm well, thanks for asking. What's on your mind?",
      'Good, thanks. Long day, but good. What can I do for you?',
    ],
  },
  /** A rep's goodbye: answered with a goodbye, never a question. */
  farewell: {
    closed: ['Bye.', 'Fine. Goodbye.'],
    neutral: ['Thanks. Take care.', 'Goodbye, then.', 'All right. Thanks for coming by.'],
    open: ['Thanks, this was useful. Take care.', 'Good talking with you. Take care.'],
  },
  /** A yes/no question about the obvious: answered, with a nudge to get to the point. */
  /** "Do you have a few minutes?": leave to talk, granted as the HCP's mood allows. */
  timeOk: {
    closed: ['Make it quick.', 'Two minutes.'],
    guarded: ['A few. Make it quick.', 'Briefly. Go ahead.'],
    neutral: ['A few minutes, yes. Go ahead.', 'I can give you a few minutes.'],
    open: ["Sure, I've got a few minutes. Go ahead.", 'Of course. What did you want to cover?'],
  },
  plainYes: {
    closed: ['Obviously.', 'Yes. And?'],
    guarded: ['Of course. Why do you ask?', 'Yes. Where is this going?'],
    neutral: ['Sure, plenty. What are you getting at?', 'Of course. Why do you ask?'],
    open: ['Sure, plenty. What would you like to know about them?', 'Yes, quite a few. What are you thinking?'],
  },
  /** "Would a one-page card help your team?": whether the rep's offer would help, not how many she sees. */
  mightHelp: {
    closed: ['Maybe.', 'Possibly.'],
    guarded: ['It might.', 'Possibly. We will see.'],
    neutral: ['It could help, yes.', 'It might, yes.'],
    open: ['Yes, that would help.', 'That would help, yes.'],
  },
  /** A closed question on the HCP's own practice: a yes, then the detail. */
  yesLead: {
    closed: ['Yes.', 'Sure.'],
    neutral: ['Yes.', 'Yes, we do.', 'Some, yes.'],
  },
  again: {
    closed: ['I told you: {line}', 'As I said: {line}'],
    neutral: ['Like I said: {line}', 'We covered {echo} already. {line}', 'To come back to {echo}: {line}'],
  },
  paraphrase: {
    closed: ['Right.', 'Yes.'],
    guarded: ['More or less.', 'Something like that.'],
    neutral: ['Yes, {echo} is a big part of it.', "That's right.", "That's about it."],
    open: ['Exactly, {echo} is the heart of it.', "Yes, that's it exactly.", "You've got it."],
  },
  link: {
    closed: ['Sure.', 'Maybe.'],
    neutral: ['Yes, that matters here.', 'You mentioned {echo}. That is on my mind.'],
    open: ['That is exactly what I think about.', 'Now that matters to me.'],
  },
  dump: {
    closed: ['And that helps me how?', "That's a brochure, not a conversation.", 'I have heard that pitch before.'],
    guarded: [
      'That is a lot of features. Which one helps with {term}?',
      "I've heard lists like that. What does it do for {term}?",
      "That's a lot of features. Which one matters for my patients?",
      "I've heard lists like that before. What does any of it change for me?",
    ],
    neutral: [
      'That is a lot at once. How does any of it help with {term}?',
      'Slow down. How does that help with {term}?',
      'That is a lot at once. Which part of it is for my patients?',
      "Slow down. I can't take all of that in.",
    ],
    open: [
      'Slow down a little. Which of those actually matters for {term}?',
      'Hold on. How does all that help with {term}?',
      'Slow down a little. Which of those matters most for my patients?',
      "Hold on, that's a lot. Where would it fit for us?",
    ],
  },
  offTopic: {
    closed: ["I don't have time for this.", 'Is there a point to this?'],
    neutral: [
      "Let's stay on {term}.",
      "I don't see what that has to do with {term}.",
      'Can we get back to {term}?',
      "I'm not sure what that has to do with anything.",
      "Let's stay on what you came for.",
    ],
  },
  rebuttal: {
    closed: ["You're not listening.", "We'll have to disagree."],
    guarded: ["I'm telling you what I see in my own practice.", "That's not what I see with my patients."],
    neutral: ["Maybe, but that's not what I see with my patients.", "I'm not sure that's the whole story."],
    open: [
      'My experience is different. Help me understand your point about {echo}.',
      "I'm not sure I agree. What makes you say that about {echo}?",
      'My experience is different. What makes you so sure?',
      "I'm not sure I agree. That isn't what I see.",
    ],
  },
  premature: {
    closed: ['No.', 'Not today.'],
    neutral: [
      "Slow down. I'm not there yet.",
      "I'm not ready to commit to anything.",
      "Not yet. I still don't know enough about {term}.",
    ],
  },
  /** An ask too early, answered with the concern it has to wait for: "Not yet. What will it cost…?" */
  notYetLead: {
    closed: ['No.', 'Not yet.'],
    neutral: ['Not yet.', 'Hold on.', 'First things first.'],
  },
  /** A recap that gets the HCP wrong. */
  correction: {
    closed: ["That's not what I said."],
    neutral: ["That's not what I said.", "No, that's not quite it.", 'Not exactly.'],
  },
  /** A next-step ask while a concern is open: name the condition, not a flat no. */
  /** The rep went past the HCP's question: she asks for the answer, not for the point. */
  dodged: {
    closed: ["That's not what I asked.", 'You skipped my question.', 'Answer me on {topic} first.'],
    neutral: [
      "That's not what I asked. What about {topic}?",
      'You went right past my question on {topic}.',
      "I'd still like an answer on {topic}.",
      "Hold on, you didn't answer my question.",
    ],
  },
  notUntil: {
    closed: ['Not while {topic} is still open.'],
    neutral: [
      'Before I say yes to anything, I need an answer on {topic}.',
      'Not until I hear how you deal with {topic}.',
      'Maybe, but {topic} is still open for me.',
    ],
  },
  /** A question on what a wary HCP is not ready to tell: neither told nor answered with another topic. */
  withheld: {
    closed: ['Why do you want to know?', 'Why?'],
    guarded: ['It varies. Why do you ask?', 'Depends on the patient. Why?', 'Why do you ask?'],
    neutral: ['It varies. Why do you ask?', 'Depends on the patient. What makes you ask?'],
  },
  /** A factual question the HCP has no line for. */
  unsure: {
    closed: ["I'd have to check.", "I don't have that number in my head."],
    neutral: [
      "I'd have to check. I don't have an exact number.",
      "Hard to say exactly. I'd have to look.",
      "I don't know offhand.",
    ],
  },
  /** A count she gave in her last turn, asked for again ("How many of them?" after "Two of my patients…"). */
  saidCount: {
    closed: ['{count}. I just said.', '{count}, like I said.'],
    neutral: ['{count}, like I said.', '{count}, as I mentioned.'],
  },
  /** The rep says what they will do next, without asking anything. */
  noted: {
    closed: ['Fine.', 'If you must.'],
    guarded: ["Fine. I'll see if I have time for it.", "Send it. I can't promise I'll read it."],
    neutral: ["All right. I'll look for it.", 'Fine, send it over.'],
    open: ["Good. I'll look out for it.", "That works. I'll watch for it."],
  },
  /** "Could I come back Thursday for five minutes with that?": yes to the rep's own step, nothing more. */
  allowVisit: {
    closed: ['Fine. Keep it short.', 'If you must. Five minutes.'],
    guarded: ['Fine. Keep it short.', "All right. Bring it and we'll see."],
    neutral: ['All right, that works. Bring it.', 'Fine by me. Bring what you have.'],
    open: ["That works. Bring it and we'll look at it together.", "Sure, let's do that."],
  },
  /** A playback the HCP half recognizes ("Is that right?"): part of it, then what she would say. */
  partly: {
    closed: ['Partly.', 'Not quite.'],
    neutral: ['Partly.', 'Some of it, yes.', 'Close.'],
    open: ['Partly, yes.', 'Close. Let me put it my way.', 'Some of it, yes.'],
  },
  /** A pleasantry after the HCP asked what the rep wants: the floor back, not a question of her own. */
  floorBack: {
    closed: ['Go on.', 'Well?'],
    guarded: ['Fine. Go ahead.', 'Go on, then.'],
    neutral: ['Sure. Go ahead.', "Of course. What's on your mind?"],
    open: ["Of course. What's on your mind?", 'Happy to. Go ahead.'],
  },
  ack: {
    closed: ['Okay.', 'Fine.'],
    neutral: ['Thanks.', 'I appreciate that.'],
  },
  probe: {
    closed: ['What do you need?', 'Get to the point.', 'Is that it?', 'What exactly do you want?'],
    guarded: [
      'Where are you going with this?',
      'What exactly do you want from me?',
      'What does that have to do with {term}?',
    ],
    neutral: [
      'What does {product} do for {term}?',
      'How does that connect to {term}?',
      'Tell me how this fits my patients.',
    ],
    open: [
      'How would {product} fit with {term}?',
      'Where are you going with that?',
      'What would that mean for my patients?',
    ],
  },
  /** The rep spoke to what she cares about: she asks how it plays out for her patients, not her own question again. */
  fitProbe: {
    closed: ['In my patients?', 'Show me.'],
    guarded: ['In patients like mine?', 'Show me that in patients like mine.'],
    neutral: ['How does that play out in patients like mine?', 'What would that look like in my clinic?'],
    open: ['How would that play out in patients like mine?', 'What would that look like in my clinic?'],
  },
  askBack: {
    neutral: [
      'How would that work for {term}?',
      'What are other practices seeing with {term}?',
      'What would you need from me to make that work?',
      'How does {product} handle {term}?',
      'Where have you seen this work well?',
      'What would that look like for a patient like mine?',
    ],
  },
  nextSteps: {
    neutral: [
      'If it really helps with {term}, what would a sensible next step be?',
      'I could see trying this. What would you suggest as a next step?',
      'What would it take to get started?',
      "I'd be open to a next step if it stays this practical.",
    ],
  },
  volunteer: {
    neutral: [
      'Something else matters to me too. {line}',
      "There's another thing. {line}",
      "I'll tell you what else is on my mind. {line}",
    ],
  },
  timeWarning: {
    neutral: [
      'I only have a couple of minutes left.',
      "I'm short on time, so make it quick.",
      'I need to wrap up in a minute or two.',
      "I'm running behind, so let's wrap up soon.",
    ],
  },
  timeOut: {
    closed: ["I'm out of time. I have to go."],
    guarded: ["That's all I have time for. I have to go."],
    neutral: ["I'm out of time, I have to go. Leave me something on {term}.", "That's all I have time for today."],
    open: ['I have to run, but this was useful. Send me something on {term}.', 'I am out of time, but keep me posted.'],
  },
  walkOut: {
    neutral: [
      "I don't think this is a good use of my time. We're done here.",
      "I've heard enough. You can leave the brochure at the front.",
      "We're done. I have patients waiting.",
    ],
  },
  agree: {
    neutral: ['That works. {step}', 'Sounds good. {step}', 'All right. {step}'],
    open: ["Yes, let's do that. {step}", 'Sounds good. {step}', 'That works for me. {step}'],
  },
  /** Agreeing while a concern the rep heard is still open: the concern becomes the condition. */
  agreeIf: {
    neutral: [
      'All right, on one condition: I need a straight answer on {topic}. {step}',
      'Yes, as long as {topic} is settled first. {step}',
    ],
  },
  recapClose: {
    neutral: [
      "Good. That's the plan, then.",
      "Sounds right. I'll see you then.",
      "Thanks. Let's talk then.",
      "Good, I'll hold you to that.",
    ],
  },
  afterEnd: { neutral: ["We're done here.", "I've already said goodbye.", 'This conversation is over.'] },
  resolution: {
    neutral: ['All right, that helps with my concern about {topic}.', 'Fair enough. That answers {topic} for me.'],
  },
  /** Her clock, respected: a time limit is met, not answered ("That answers time for me" read wrong). */
  timeResolved: {
    neutral: ['Good. That I can fit in.', 'All right, that fits my time.'],
  },
  sharper: {
    neutral: [
      "I raised {topic} already, and I still haven't heard an answer.",
      "You're talking past my concern about {topic}.",
    ],
  },
} satisfies Record<string, ByDepth>;

export type FrameName = keyof typeof FRAMES;
export const FRAME_NAMES = Object.keys(FRAMES) as FrameName[];

/** The frames for a move at a depth, falling back to the neutral set. */
export function framesFor(name: FrameName, depth: Depth): readonly string[] {
  const set: ByDepth = FRAMES[name];
  return set[depth] ?? set.neutral;
}

/** Prefixes that make a reply new when every frame has been said (never verbatim twice). */
export const INTERJECTIONS = [
  'Look,',
  'Again,',
  'Well,',
  'Listen,',
  'Honestly,',
  'So,',
  'Right,',
  'Hm.',
  'Okay,',
  'Anyway,',
];
