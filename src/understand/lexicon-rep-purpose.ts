// Phrase lists for how a rep says why they came (docs/scoring.md "From turns to acts": purpose): part
// of the rep lexicon, kept apart to keep files small. Built to compose: a first-person subject, an
// intent, and what the rep means to do, rather than every whole sentence a rep might open with.
import { phraseList as w } from './phrase-list.js';

export const REP_PURPOSE_PHRASES = {
  /** Who intends: the rep, or rep and HCP together. */
  intentSubjects: w("i|i'd|i'm|i've|we|we'd|we're|let's"),
  /** An intent that takes "to" and a verb ("wanted to", "am hoping to", "came by to"). */
  intents: w(
    'want to|wanted to|wished to|wish to|welcome the opportunity to|welcome the chance to|like to|keen to|prefer to|eager to|come to|love to|hoping to|hope to|hoped to|plan to|planned to|planning to|aim to|aiming to|mean to|meant to|intend to|intended to|trying to|excited to|here to|came to|came by to|stopped by to|dropped by to|popped in to|popped by to|swung by to|wanted you to|rather spend|rather use|rather hear|rather start|rather ask|rather listen|rather learn|rather find out|rather understand|sooner hear|sooner ask|sooner listen|sooner learn|sooner find out|sooner understand|sooner spend|sooner use|hoping we can|hoping we could|hope we can|hope we could|come for|came for|here for|come about|came about|here about|came by about|come by about|stopped by about|dropped by about|stopping by to|stopped in to|dropping by to|dropped in to',
  ),
  /** What the rep means to do that is a pitch: telling about the product ("I only wanted to tell you that…"). */
  pitchVerbs: w(
    'tell you|let you know|introduce|show you|update you|present|walk you through|talk to you about|talk about|make you aware|share with you',
  ),
  /** Words between the subject and the intent that keep it one ("I'm just hoping to", "I was really hoping to"). */
  intentFillers: w(
    'much|just|really|mostly|mainly|only|simply|actually|basically|was|am|would|also|primarily|partly|have|had',
  ),
  /** What the rep means to do that is about the HCP, not the product: an agenda, not a pitch. */
  learnVerbs: w(
    'learn|understand|hear|ask|listen|find out|finding out|get a sense|get a picture|get a feel|get a handle|get your|know how|know what|see how|see what|see where|check how|check in|explore|figure out|talk through|work out|follow up|pick up where|hearing|learning|asking|listening|understanding|ask you',
  ),
  /** A plan named as the call's: "My focus today is…", "The plan was to…", "My hope is to…". */
  planNouns: w(
    "my only focus|my objective|my intention|my purpose|the purpose of my visit|my only goal|my only aim|my main focus|my main goal|my main aim|my one goal|my real goal|my focus|my hope|my goal|my aim|my plan|my idea|my thinking|my priority|my reason|the plan|the idea|the goal|the aim|our focus|our goal|today's focus|the focus today|the reason i'm|the reason i came|the reason i stopped|what i'd like|what i'm hoping for|what i'd love|what i'm curious about|what i'm really curious about|what i'm mostly curious about|what i want to understand|what i'd like to understand|what i want|what i wanted|what i'm after|what i was after|what i'm hoping|what i was hoping|what i came for|what i came to do|what i'm here for|what i'm here to do|what i'm really after",
  ),
  /** Setting the rep's own topic aside, said before it: "Forget the formulary for now", "Then I'll skip the data" (see rep-shelves.ts). */
  shelveVerbs: w(
    'forget|forget about|skip|skip over|park|shelve|scrap|hold off on|leave aside|set aside|put aside|set|put',
  ),
  /** Setting the rep's own topic aside, said after it: "The two-year data can wait", "The formulary's not important right now". */
  shelvedBy: w(
    "can wait|will keep|can sit|can stay in my bag|can stay in the bag|can stay in the folder|can be set aside|can be parked|can go on the back burner|can take a back seat|goes on the back burner|go on the back burner|is not important right now|isn't important right now|are not important right now|aren't important right now|is for another day|are for another day|can wait for another day|can come another day|can come later|can absolutely wait|can definitely wait|can totally wait|can easily wait|can certainly wait",
  ),
  /** What a rep brings to show (see rep-shelves.ts): "Forget the two-year numbers", "The slides can wait". */
  ownMaterial: w(
    'data|numbers|figures|stats|statistics|results|slides|deck|presentation|study|studies|trial data|evidence|brochure|pitch|agenda|update|details',
  ),
  /** Things counted out as an agenda: "three items for today:", "two things". */
  agendaItems: w('things|items|topics|points|parts|questions|pieces|areas|buckets|issues'),
  /** Laying out the call: "Here's what I'd propose:", "Here's how I'd use the ten:". */
  layouts: w(
    "bits to cover|things to cover|points to cover|three bits|two bits|here's what i'd|here's how i'd|here's what i'm|here's what i had|here's what i was|here's what i want|here's what i propose|here's my plan|here's my thinking|here's my idea|here's the plan|here's how i'm|here's how i want|here's how i was|organized it around|built it around|built it round|built this round|organised it around|organised it round|structured it round|structured it around|organized this around|built this around|let's start with that|let's begin with that|let's put all|let's spend the|let's use the|let's start there|let's begin there|here's what i have in mind|what i have in mind|here's what i've got in mind|what i've got in mind|what i had in mind|here's what i had in mind|what i'd had in mind|what i was thinking for today|my plan for today|my plan for the call",
  ),
};
