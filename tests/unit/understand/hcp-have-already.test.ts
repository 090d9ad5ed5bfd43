import { describe, expect, it } from 'vitest';
import { compileLexicon, DEFAULT_LEXICON } from '../../../src/understand/index.js';
import { haveAlready } from '../../../src/understand/hcp-have-already.js';
import { readSaid } from '../../../src/understand/said.js';

const c = compileLexicon(DEFAULT_LEXICON);
const said = (text: string) => readSaid(0, 'customer', text, c);

describe('haveAlready', () => {
  it.each([
    ["To be upfront, I've got plenty of asthma biologics already.", "i've got … already"],
    ["We've got several biologics already and I know every one of them cold.", "we've got … already"],
    ['We have two of those already.', 'we have … already'],
  ])('reads %j as what she has, said as enough', (text, phrase) => {
    expect(haveAlready(said(text))?.phrase).toBe(phrase);
  });

  it.each([
    ["Yeah, I've got maybe five minutes, I'm already two behind."],
    ['Have you got any of those already?'],
    ["I've got nothing like it already."],
    ['I already told you.'],
    ['I have already told you twice.'],
  ])('not %j', (text) => {
    expect(haveAlready(said(text))).toBeUndefined();
  });
});
