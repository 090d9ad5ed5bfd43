// Copying is measured over word ids shared by every turn; a reset of the id table in a long-lived
// process (batch, serve) must not change what any later comparison finds.
import { describe, expect, it } from 'vitest';
import { copiedShare } from '../../../src/understand/copying.js';
import { compileLexicon, DEFAULT_LEXICON } from '../../../src/understand/lexicon.js';
import { readSaid } from '../../../src/understand/said.js';

const c = compileLexicon(DEFAULT_LEXICON);
const hcp = (text: string) => readSaid(0, 'customer', text, c);
const rep = (text: string) => readSaid(1, 'rep', text, c);
const share = (r: ReturnType<typeof rep>, h: ReturnType<typeof hcp>) => copiedShare(r, 0, r.text.tokens.length, [h], 3);

/** A turn of `n` words never seen before, to fill the id table. */
const novel = (n: number, tag: string) => rep(Array.from({ length: n }, (_, i) => `${tag}${i.toString(36)}`).join(' '));

describe('copiedShare', () => {
  it('finds a word-for-word copy and nothing in a paraphrase', () => {
    const said = hcp('Older patients cannot tolerate the anticholinergics because of confusion.');
    expect(share(rep('Older patients cannot tolerate the anticholinergics because of confusion.'), said)).toBe(1);
    expect(share(rep('So the side effects on thinking rule those drugs out for your seniors.'), said)).toBe(0);
  });

  it('treats my and your alike ("most of my patients" ~ "most of your patients")', () => {
    expect(share(rep('most of your patients are stable'), hcp('most of my patients are stable'))).toBe(1);
  });

  it('gives the same answer after the id table is reset by a flood of new words', () => {
    const said = hcp('My nurses spend a lot of time on phone calls when patients stop their medication.');
    const parrot = rep('Your nurses spend a lot of time on phone calls when patients stop their medication.');
    const before = share(parrot, said);
    expect(before).toBeGreaterThan(0.9);
    // About 80,000 new words, more than the table holds: it must be reset along the way.
    for (let k = 0; k < 25; k++) copiedShare(novel(3_500, `q${k}x`), 0, 3, [said], 3);
    expect(share(parrot, said)).toBe(before);
    // A turn read after the reset against one cached before it.
    expect(
      share(rep('Your nurses spend a lot of time on phone calls when patients stop their medication.'), said),
    ).toBe(before);
  });
});
