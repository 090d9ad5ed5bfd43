import { describe, expect, it } from 'vitest';
import { usSpelling } from '../../../src/understand/spelling.js';

describe('usSpelling', () => {
  it.each([
    ['authorised', 'authorized'],
    ['authorisation', 'authorization'],
    ['prioritising', 'prioritizing'],
    ['analysed', 'analyzed'],
    ['hypoglycaemia', 'hypoglycemia'],
    ['anaemic', 'anemic'],
    ['haemoglobin', 'hemoglobin'],
    ['paediatric', 'pediatric'],
    ['oedema', 'edema'],
    ['diarrhoea', 'diarrhea'],
    ['tumours', 'tumors'],
    ['behaviour', 'behavior'],
    ['programme', 'program'],
    ['centre', 'center'],
    ['sceptical', 'skeptical'],
    ['burnt', 'burned'],
    ['labelled', 'labeled'],
    ['speciality', 'specialty'],
  ])('reads %s as %s', (uk, us) => expect(usSpelling(uk)).toBe(us));

  // Words that only look British: nouns in both spellings, and -ise words with no -ize twin.
  it.each([
    'analysis',
    'analyses',
    'emphasis',
    'promise',
    'advise',
    'exercise',
    'otherwise',
    'surprise',
    'raise',
    'our',
    'hour',
    'your',
    'academia',
  ])('leaves %s alone', (w) => expect(usSpelling(w)).toBe(w));
});
