// Verbatim repeats: whole replies said twice, and sentences of four words or more said twice.
import { describe, expect, it } from 'vitest';
import { findRepeatedReplies, findRepeatedSentences } from '../../hcp-quality/detect/index.mjs';
import { hcp, rep } from './builders.js';

describe('findRepeatedReplies', () => {
  it('finds a reply the HCP already gave, whatever its case and spacing', () => {
    const t = [
      hcp('Go on.'),
      rep('What matters most?'),
      hcp('Falls. That is my problem.'),
      rep('Why?'),
      hcp('falls.  That is my problem. '),
    ];
    expect(findRepeatedReplies(t)).toEqual([{ turn: 4, firstTurn: 2, text: 'falls.  That is my problem. ' }]);
  });

  it('does not count different replies, or the rep repeating itself', () => {
    const t = [hcp('Go on.'), rep('Why?'), hcp('Falls.'), rep('Why?'), hcp('Hip fractures.')];
    expect(findRepeatedReplies(t)).toEqual([]);
  });
});

describe('findRepeatedSentences', () => {
  it('finds a sentence said in an earlier reply', () => {
    const t = [
      hcp('Hello.'),
      rep('And?'),
      hcp('Right. Something else matters to me too.'),
      rep('What?'),
      hcp('Something else matters to me too. Costs.'),
    ];
    expect(findRepeatedSentences(t)).toEqual([{ turn: 4, firstTurn: 2, text: 'Something else matters to me too.' }]);
  });

  it('ignores sentences under four words, which any person repeats', () => {
    const t = [hcp('Go on.'), rep('So?'), hcp('Go on. I see.'), rep('Well?'), hcp('Is that it? Go on.')];
    expect(findRepeatedSentences(t)).toEqual([]);
  });
});
