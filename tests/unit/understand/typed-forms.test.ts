// Typed chat forms read as the words they stand for: "dont", "pts", "w/", and "ill" only where it is "I'll".
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/understand/text.js';
import { standardWord } from '../../../src/understand/typed-forms.js';
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

const words = (raw: string) => readText(raw).tokens.map((t) => t.w);

describe('typed forms', () => {
  it.each([
    ['dont', "don't"],
    ['im', "i'm"],
    ['thats', "that's"],
    ['youre', "you're"],
    ['whod', "who'd"],
    ['pts', 'patients'],
    ['appt', 'appointment'],
    ['thx', 'thanks'],
    ['u', 'you'],
    ['ur', 'ur'],
    ['authorised', 'authorized'],
    ['wed', 'wed'],
    ['hr', 'hr'],
    ['tues', 'tuesday'],
    ['thurs', 'thursday'],
  ])('reads %s as %s wherever it stands', (typed, word) => expect(standardWord(typed)).toBe(word));

  it.each([
    ['ill email you thursday', "i'll"],
    ['ok ill be quick', "i'll"],
    ['she was critically ill last week', 'ill'],
    ['ill patients need it most', 'ill'],
    ['its fine, its covered', "it's"],
    ['the pen and its needle', 'its'],
    ['lets talk thursday', "let's"],
    ['it lets patients skip a dose', 'lets'],
    ['well send the data monday', "we'll"],
    ['it works well for most', 'well'],
    ['ok, were at 15 min', "we're"],
    ['nurses next wed at 11:45', 'wednesday'],
    ['wed works, have Bree book the room', 'wednesday'],
    ['they plan to wed in june', 'wed'],
    ['they were admitted twice', 'were'],
    ['were they admitted twice?', 'were'],
    ['id like to ask one thing', "i'd"],
    ['bring the patient id card', 'id'],
    ['ur right about the copay', "you're"],
    ['how are ur patients doing', 'your'],
    ['enjoy ur evening', 'your'],
    ['ur going to like it', "you're"],
  ])('in "%s" reads the typed form as %s', (raw, word) => {
    const form = raw
      .split(' ')
      .find((w) => ['ill', 'its', 'lets', 'well', 'were', 'id', 'ur', 'wed'].includes(w.replace(',', '')))!;
    const at = raw.split(' ').indexOf(form);
    expect(words(raw)[at]).toBe(word);
  });

  it.each([
    ['the card works w/ every plan', ['the', 'card', 'works', 'with', 'every', 'plan']],
    ['no PA w/o a script', ['no', 'pa', 'without', 'a', 'script']],
    ['b/c the copay is high', ['because', 'the', 'copay', 'is', 'high']],
    ['at 15 min', ['at', '15', 'minutes']],
    ['the min dose', ['the', 'min', 'dose']],
  ])('reads "%s" as %j', (raw, out) => expect(words(raw)).toEqual(out));
});

/** The same acts, typed fast: no apostrophes, no capitals, no "I". */
const TYPED: Row[] = [
  { lines: ['C: ok send me the numbers.', 'R: ill email you the CALDERA numbers thursday at 2.'], has: 'ownership' }, // misread
  {
    lines: ['C: ok send me the numbers.', 'R: ill email you the CALDERA numbers thursday at 2.'],
    has: 'next_step_specific',
  }, // misread
  { lines: ['C: hi.', 'R: wanted to walk through Clotivex ahead of next months formulary review.'], has: 'purpose' }, // misread
  {
    lines: ['C: so what do you want?', 'R: lets talk thursday abt your pts who dont tolerate statins.'],
    has: 'next_step_specific',
  }, // misread
  { lines: ['C: the pen is fine.', 'R: well, it works well for most of them.'], not: 'next_step_specific' },
  {
    lines: ['C: we use metformin first.', 'R: got it. what happens when that stops working for them'],
    has: 'open_question',
  }, // misread
  { lines: ['C: we use metformin first.', 'R: got it. what happens next is we send the data.'], not: 'open_question' },
];

describe('typed calls', () => itRows({ TYPED }));
