// Words reduced to what they mean for matching: crude English stems, stop words and numbers left
// out, and words a trainer hears as one thing ("staffing", "nurses") folded together.
import { conceptTable } from './concepts.js';

const STOP_WORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as is are was were be been being am ' +
    'i me my mine we us our you your yours he him his she her it its they them their this that these those ' +
    'do does did doing have has had having can could would should will shall may might must not no yes ' +
    'just very really quite also too about into over under up down out off than there here what which who ' +
    "whom whose when where why how all any some each more most other such only own same don't i'm it's " +
    "that's you're we're they're i've you've we've i'll you'll we'll let's okay ok well oh um uh like get got " +
    "go going know think see say said one thing things way lot there's here's what's who's how's where's isn't aren't " +
    "doesn't didn't won't can't wouldn't couldn't shouldn't haven't hasn't i'd you'd we'd they'd he's she's they'll they've " +
    'hi hey thanks thank sure yeah yep mm hmm hm ah anyway honestly actually maybe right even still much many every anyone someone anything something everyone everything nobody ' +
    "dr doctor mr ms mrs let me'd gonna wanna kind sort"
  ).split(/\s+/),
);

export const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand half couple few dozen'.split(
    ' ',
  ),
);

/** A number word, or one made of number words with hyphens ("forty-five", "eleven-thirty"). */
export const isNumberWord = (w: string): boolean =>
  NUMBER_WORDS.has(w) || (w.includes('-') && w.split('-').every((p) => NUMBER_WORDS.has(p)));

/** Irregular past forms a suffix rule cannot reach: "What did you find?" asks about what she found. */
const IRREGULAR = new Map(
  (
    'found:find told:tell thought:think brought:bring bought:buy felt:feel kept:keep lost:lose made:make ' +
    'meant:mean met:meet paid:pay ran:run sent:send spent:spend took:take taken:take went:go gone:go ' +
    'wrote:write written:write gave:give given:give knew:know known:know began:begin begun:begin ' +
    'fell:fall fallen:fall held:hold stood:stand understood:understand woke:wake drove:drive driven:drive ' +
    'chose:choose chosen:choose broke:break broken:break spoke:speak spoken:speak forgot:forget forgotten:forget ' +
    'heard:hear taught:teach caught:catch fought:fight sought:seek slept:sleep swore:swear'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const strip = (w: string, n: number): string => w.slice(0, w.length - n);

/** Crude English stemming, enough for "priorities" ~ "priority", "staffing" ~ "staff", "doses" ~ "dose". */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return stem(irregular);
  if (word.length <= 3) return word;
  let w = word;
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${strip(w, 3)}y`;
    else if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes')) w = strip(w, 2);
  }
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith("'s")) w = strip(w, 1);
  if (w.length > 4) {
    // "bring" and "string" keep their -ing: what is left has no vowel.
    if (w.endsWith('ing') && /[aeiouy]/.test(w.slice(0, -3))) w = strip(w, 3);
    else if (w.endsWith('ed')) w = strip(w, 2);
    const last = w[w.length - 1]!;
    if (w.length > 2 && last === w[w.length - 2] && !'aeiouls'.includes(last)) w = strip(w, 1);
  }
  return w.length > 3 && w.endsWith('e') ? strip(w, 1) : w;
}

const CONCEPTS = conceptTable(stem);

export const isStopWord = (w: string): boolean => STOP_WORDS.has(w);

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Content stem of a lowercased word, or '' for a stop word, number or short word. */
export function contentStem(w: string): string {
  if (w.length <= 2 || STOP_WORDS.has(w) || isNumberWord(w) || isDigitCode(w.charCodeAt(0))) return '';
  const st = stem(w);
  return CONCEPTS.get(st) ?? st;
}
