// Reps type into a terminal and HCPs answer in chat: "dont", "im", "ill send it", "pts", "w/". Each typed
// form reads as the written word it stands for, so no phrase list has to spell both. Forms with one
// reading fold wherever they appear; forms that are also words ("ill", "its", "were") fold only where
// their neighbours show which word was meant.
import { usSpelling } from './spelling.js';

const CONTRACTED = [
  "i'm i've i'd i'll you're you've you'll you'd they're they've they'll they'd we've he's she's",
  "that's what's there's here's how's who's where's it'll that'll would've could've should've might've",
  "must've don't can't won't isn't aren't wasn't weren't doesn't didn't wouldn't couldn't shouldn't",
  "haven't hasn't hadn't ain't mustn't needn't y'all who'd today's",
]
  .join(' ')
  .split(' ');

/** Typed forms with one reading. "its", "ill", "were", "well", "lets" and "id" are words too: see below. */
const ALWAYS = new Map<string, string>([
  ...CONTRACTED.filter((c) => c !== "i'd" && c !== "i'll").map((c) => [c.replace("'", ''), c] as [string, string]),
  ['pts', 'patients'],
  ['pt', 'patient'],
  ['appt', 'appointment'],
  ['appts', 'appointments'],
  ['hrs', 'hours'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['mins', 'minutes'],
  ['thx', 'thanks'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['abt', 'about'],
  ['ppl', 'people'],
  ['esp', 'especially'],
  ['u', 'you'],
  ['w', 'with'],
  ['urself', 'yourself'],
  // "Yeah" across southern Africa; a transcript writes it as heard.
  ['ja', 'yeah'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['b4', 'before'],
  ['govt', 'government'],
  ['msg', 'message'],
  ['mon', 'monday'],
  ['tue', 'tuesday'],
  ['tues', 'tuesday'],
  ['thu', 'thursday'],
  ['fri', 'friday'],
  ['weds', 'wednesday'],
  ['thurs', 'thursday'],
  ['thur', 'thursday'],
]);

/** The written word a typed one stands for, when it has only one reading; then British spellings fold. */
export function standardWord(w: string): string {
  return usSpelling(ALWAYS.get(w) ?? w);
}

/** "w/", "w/o", "b/c": one word across a slash. Returns the end of the span and the word, or undefined. */
export function slashWord(raw: string, i: number, end: number): [number, string] | undefined {
  if (end !== i + 1 || raw.charCodeAt(end) !== 47) return undefined;
  const a = raw[i]!.toLowerCase();
  const b = raw[end + 1]?.toLowerCase();
  const after = raw.charCodeAt(end + 2);
  const alone = Number.isNaN(after) || !/[\p{L}\p{N}]/u.test(String.fromCharCode(after));
  if (a === 'b' && b === 'c' && alone) return [end + 2, 'because'];
  if (a === 'w' && b === 'o' && alone) return [end + 2, 'without'];
  if (a === 'w') return [end + 1, 'with'];
  return undefined;
}

/** The words of a space-separated list, as a set. */
const wordsOf = (list: string): Set<string> => new Set(list.split(' '));

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", "that's", "he's", "she's", "they're"]);
/** Before "ill" the sickness: "critically ill", "was ill", "look ill", "the ill". */
const ILL_BEFORE = new Set([
  ...BE,
  ...wordsOf(
    'very critically seriously mentally chronically terminally gravely acutely medically become became becomes fall falls fell falling too more most less the an look looks looked feel feels felt getting',
  ),
]);
/** After "ill" the sickness: "ill patients", "ill with". */
const ILL_AFTER = wordsOf('patients patient people kids children folks ones person adults elderly with enough');
/** After "its" only "it is" fits: "its fine", "its the one", "its really", "its not". */
const IT_IS_AFTER = wordsOf(
  'a an the not just fine ok okay been going all really too so very pretty hard easy about only worth true like that what more less always never still also actually basically probably definitely honestly clear fair mostly in on at for to from because gonna no nothing something good great bad better worse helpful expensive cheap simple free possible available covered approved safe late early enough tough rough huge big small same different important real my your our their',
);
/** After "lets" the suggestion: "lets do it", "lets talk thursday". */
const LET_US_AFTER = wordsOf(
  'do go say talk see start get try put set keep plan book look meet schedule circle touch call pick make find spend use begin move take wrap aim leave pencil lock pin focus stick agree hear check discuss revisit reconnect chat be',
);
/** After "well" the promise: "well send it", "well be in touch". */
const WE_WILL_AFTER = wordsOf(
  'send be see get need have do talk make set touch circle follow bring cover go put take try keep call email book check schedule plan meet figure sort start look know handle drop pick find work reach loop walk connect reconnect chat revisit want probably definitely likely',
);
/** Before "were" meaning "we're": joiners and fillers ("and were at 15 min", "ok were set"). */
const WE_ARE_BEFORE = wordsOf(
  'and but so because since if then now ok okay yeah yes sure honestly right think guess hope know when while as until once unless',
);
/** After "were" the past tense asks or goes on: "were they…", "were there…". */
const WERE_AFTER = wordsOf('they you there those these the all any most some he she it we i');
/** After "ur" meaning "you're": "ur right", "ur not wrong", "ur busy" (and any "-ing": "ur going"). */
const YOU_ARE_AFTER = wordsOf(
  'right correct welcome wrong not so very busy here there in on at a an the probably definitely gonna still also already all',
);
/** Around "wed" the weekday: "next wed", "on wed", "wed at 11:45", "wed works" (the verb "wed" takes none of them). */
const WEDNESDAY_BEFORE = wordsOf('next this on by until til till before after every last or and');
const WEDNESDAY_AFTER = wordsOf('at morning afternoon evening night am pm works is or and lunch the');

/** Words in -ing after "ur" that are things of hers, not "you're …ing": "ur evening", "ur meeting", "ur timing". */
const ING_NOUNS = wordsOf(
  'evening morning meeting meetings thing things building training timing dosing pricing funding setting scheduling billing nursing screening staffing wedding spring',
);

/** Before "id" the identifier: "patient id", "the id". */
const ID_BEFORE = wordsOf('the your my an patient photo member provider npi dea their his her its');

/**
 * The written word a form that is also a word stands for here, from the words around it, or undefined
 * when it is the word itself. `first` says whether it opens its sentence or clause; `prevNum` whether a
 * number comes right before ("15 min").
 */
export function typedInContext(
  w: string,
  prev: string | undefined,
  next: string | undefined,
  first: boolean,
  prevNum = false,
): string | undefined {
  switch (w) {
    case 'ill':
      return ILL_BEFORE.has(prev ?? '') || ILL_AFTER.has(next ?? '') ? undefined : "i'll";
    case 'its':
      return IT_IS_AFTER.has(next ?? '') ? "it's" : undefined;
    case 'lets':
      return first || LET_US_AFTER.has(next ?? '') ? "let's" : undefined;
    case 'well':
      return WE_WILL_AFTER.has(next ?? '') ? "we'll" : undefined;
    case 'were':
      return (first || WE_ARE_BEFORE.has(prev ?? '')) && !WERE_AFTER.has(next ?? '') ? "we're" : undefined;
    case 'ur':
      return YOU_ARE_AFTER.has(next ?? '') || (next !== undefined && next.endsWith('ing') && !ING_NOUNS.has(next))
        ? "you're"
        : 'your';
    case 'wed':
      return WEDNESDAY_BEFORE.has(prev ?? '') || WEDNESDAY_AFTER.has(next ?? '') ? 'wednesday' : undefined;
    case 'min':
      return prevNum ? 'minutes' : undefined;
    case 'id':
      return ID_BEFORE.has(prev ?? '') || next === 'number' || next === 'card' ? undefined : "i'd";
    default:
      return undefined;
  }
}

/** The forms `typedInContext` reads. */
export const TYPED_IN_CONTEXT = new Set(['ill', 'its', 'lets', 'well', 'were', 'id', 'min', 'ur', 'wed']);
