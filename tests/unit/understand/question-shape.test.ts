// A question said without its question mark is read as one by its shape (question-shape.ts).
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/understand/text.js';

const asks = (raw: string): boolean[] => readText(raw).sentences.map((s) => s.q);

describe('a question without its question mark', () => {
  it.each([
    ['Do you see many of them.', [true]],
    ['So how does your team handle appeals.', [true]],
    ["Okay, what's your biggest worry with the pens.", [true]],
    ['Is there anyone on your end tracking missed infusions', [true]],
    ['Thanks. Would the committee look at a budget model.', [false, true]],
    // Statements that open on the same words.
    ["What I'm hearing is the copay keeps them off it.", [false]],
    ["What's worse is the prior auth.", [false]],
    ["Which is why I don't need a new antibiotic.", [false]],
    ["Should your teams keep them in anyway, it's expensive.", [false]],
    ['Do you believe it!', [false]],
    ['Will do.', [false]],
    // With no mark at all, as dictation drops it: a later clause, "you" and its verb, "who" and its verb.
    ["When somebody won't go back on a statin, what's your move right now", [true]], // misread
    ['You seeing a lot of gout lately', [true]], // misread
    ['You see much knee OA', [true]], // misread
    ['Who burned you', [true]], // misread
    // …but not a relative clause, a cut-off sentence, or the same words closed by a full stop.
    ['It protects the kidneys, which is the story', [false]],
    ['And the patients in the trial, what they showed was—', [false]],
    ["When it rejects, what's worse is the PA.", [false]],
    ['You know best.', [false]],
  ])('%s', (raw, expected) => expect(asks(raw)).toEqual(expected));
});
