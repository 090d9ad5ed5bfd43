// The lexicon: every phrase list and threshold the reader uses, as validated data (part of the rubric).
import { z } from 'zod';
import { HCP_PHRASES } from './lexicon-hcp.js';
import { REP_PHRASES } from './lexicon-rep.js';
import { phraseList as w } from './phrase-list.js';
import { PhraseIndex, phraseWords } from './phrases.js';
import { stem } from './stem.js';

/** A phrase must keep at least one word after normalizing, or it would match everything. */
const Phrase = z.string().refine((p) => phraseWords(p).some((x) => x !== '*' && x !== '#'), 'phrase has no words');
const Phrases = z.array(Phrase);
const Count = z.number().int().min(0);
const Ratio = z.number().min(0).max(1);

/** A list a rubric file leaves out is the built-in one: a rubric written for an older version still loads. */
const listsOf = <T extends Record<string, readonly string[]>>(lists: T) =>
  z.strictObject(
    Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, Phrases.default([...v])])) as {
      [K in keyof T]: z.ZodDefault<typeof Phrases>;
    },
  );

export const LexiconSchema = z.strictObject({
  rep: listsOf(REP_PHRASES),
  hcp: listsOf(HCP_PHRASES),
  /** Everyday words of any pharma call: shared, they show no link to what this HCP said. */
  genericWords: Phrases,
  params: z.strictObject({
    /** Rep turns from the start in which an agenda counts as purpose. */
    purposeWithinRepTurns: z.number().int().min(1),
    /** A rep turn longer than this (in characters) is a paste, not something said. */
    pasteChars: z.number().int().min(200),
    /** Words copied in a row from the HCP that start to count as copying. */
    copiedRunWords: z.number().int().min(2).max(3),
    /** Share of a restatement copied word for word from the HCP that makes it a parrot. */
    parrotCopiedShare: Ratio,
    /** Content words a restatement must share with what the HCP said. */
    paraphraseSharedWords: Count,
    /** A time budget of this many minutes or fewer is pressure. */
    timeCueMaxMinutes: Count,
    /** After a time cue, a rep turn this short is brief whatever it says. */
    briefWords: Count,
    /** After a time cue, a longer turn that wraps up still adapts up to this many words. */
    wrapUpMaxWords: Count,
    /** HCP replies this short, with nothing in them, are clipped. */
    clippedWords: Count,
    /** A feature dump is at least this long (words) ... */
    dumpMinWords: Count,
    /** ... and makes at least this many product claims ... */
    dumpMinClaims: Count,
    /** ... or lists at least this many items in a turn at least this long ... */
    dumpMinItems: Count,
    dumpMinItemWords: Count,
    /** ... of which at most this share is tied to what the HCP said. */
    dumpMaxLinkedShare: Ratio,
    /** Beside pushback, a need of her own takes at least this many content words (else it carries the pushback on). */
    objectionNeedWords: Count,
  }),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type RepList = keyof Lexicon['rep'];
export type HcpList = keyof Lexicon['hcp'];

export const DEFAULT_LEXICON: Lexicon = {
  rep: REP_PHRASES as unknown as Lexicon['rep'],
  hcp: HCP_PHRASES as unknown as Lexicon['hcp'],
  genericWords: w(
    'patient|patients|people|doctor|doctors|physician|medication|medications|medicine|drug|drugs|treatment|treatments|therapy|therapies|practice|clinic|office|today|really|right|something|anything|everything|nothing|thing|things|make|makes|lot|much|still|back|every|part|great|good|sure|thanks|thank|little|kind|sort|time|times|day|days|week|weeks|month|months|year|years|now|ago|yet|want|need|work|works|working|use|using|used|start|started|take|takes|come|comes|give|find|look|looks|help|helps|mean|means|happen|happens|tell|talk|ask|try|keep|put|data|study|trial|option|options|product|folks|guy|guys|one|two|three|better|new|first|next|last|most|many|few|fine|okay|well|done|question|questions|point|number|numbers|percent|whole|case|cases|issue|problem|concern|sense|plan|step|steps|minute|minutes|dose|doses|dosing|daily|once|per|plus|also|because|else|run|pick|call|check|after|before|since|ever|through|line|real|actually|d|rather|reason|reasons|whether|either|instead|including|include|includes|get|gets|got|getting',
  ),
  params: {
    purposeWithinRepTurns: 3,
    pasteChars: 3000,
    copiedRunWords: 3,
    parrotCopiedShare: 0.6,
    paraphraseSharedWords: 2,
    timeCueMaxMinutes: 15,
    briefWords: 30,
    wrapUpMaxWords: 40,
    clippedWords: 5,
    dumpMinWords: 55,
    dumpMinClaims: 3,
    dumpMinItems: 7,
    dumpMinItemWords: 30,
    dumpMaxLinkedShare: 0.4,
    objectionNeedWords: 3,
  },
};

/** A lexicon ready to read with: every list in one phrase index, and the generic words as stems. */
export interface CompiledLexicon {
  lex: Lexicon;
  index: PhraseIndex;
  generic: ReadonlySet<string>;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/** Lists are keyed "rep.name" and "hcp.name" in the index, so the two sides never mix. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  let c = compiled.get(lex);
  if (c !== undefined) return c;
  const lists: Record<string, readonly string[]> = {};
  for (const [k, v] of Object.entries(lex.rep)) lists[`rep.${k}`] = v;
  for (const [k, v] of Object.entries(lex.hcp)) lists[`hcp.${k}`] = v;
  c = { lex, index: new PhraseIndex(lists), generic: genericStems(lex.genericWords) };
  compiled.set(lex, c);
  return c;
}

function genericStems(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of words) for (const x of phraseWords(p)) out.add(stem(x));
  return out;
}
