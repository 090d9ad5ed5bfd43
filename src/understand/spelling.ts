// British and Commonwealth spellings read as the American ones the phrase lists are written in: an HCP
// in Leeds or Cape Town whose claim was "not authorised" says what "not authorized" says in Ohio. Words
// are folded as read (vocabulary.ts) and as phrases are compiled (phrases.ts), so lists may use either.

/** Verbs spelled -ise/-yse in Britain: their -ise, -ised, -ises, -ising, -isation forms take -ize. */
const ISE_ROOTS = (
  'authoris organis realis recognis prioritis minimis maximis optimis apologis standardis individualis ' +
  'personalis summaris categoris hospitalis stabilis normalis utilis finalis familiaris criticis specialis ' +
  'mobilis emphasis randomis characteris visualis memoris sympathis rationalis centralis computeris immunis ' +
  'sensitis desensitis neutralis jeopardis legalis formalis generalis harmonis incentivis scrutinis subsidis ' +
  'energis metabolis sterilis modernis customis agonis antagonis catheteris penalis trivialis ' +
  'capitalis publicis revolutionis theoris localis initialis operationalis contextualis conceptualis ' +
  'internalis externalis digitis systematis synchronis vaporis'
).split(/\s+/);

/** -yse verbs: "analysed" → "analyzed" ("analyses" stays: it is the plural of "analysis" too). */
const YSE_ROOTS = ['analys', 'paralys', 'catalys', 'dialys'];

/** Word stems spelled apart: each form that starts with the British stem takes the American one. */
const STEMS: readonly (readonly [string, string])[] = [
  ['haem', 'hem'],
  ['paed', 'ped'],
  ['orthopaed', 'orthoped'],
  ['gynaec', 'gynec'],
  ['oedem', 'edem'],
  ['oesophag', 'esophag'],
  ['oestr', 'estr'],
  ['anaesth', 'anesth'],
  ['foet', 'fet'],
  ['coeliac', 'celiac'],
  ['aetiolog', 'etiolog'],
  ['diarrhoe', 'diarrhe'],
  ['sceptic', 'skeptic'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['behaviour', 'behavior'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['neighbour', 'neighbor'],
  ['humour', 'humor'],
  ['rumour', 'rumor'],
  ['endeavour', 'endeavor'],
  ['flavour', 'flavor'],
  ['tumour', 'tumor'],
  ['odour', 'odor'],
  ['manoeuvr', 'maneuver'],
];

/** Whole words spelled apart. */
const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    programme: 'program',
    programmes: 'programs',
    centre: 'center',
    centres: 'centers',
    centred: 'centered',
    litre: 'liter',
    litres: 'liters',
    millilitre: 'milliliter',
    millilitres: 'milliliters',
    metre: 'meter',
    metres: 'meters',
    centimetre: 'centimeter',
    centimetres: 'centimeters',
    millimetre: 'millimeter',
    millimetres: 'millimeters',
    fibre: 'fiber',
    calibre: 'caliber',
    titre: 'titer',
    titres: 'titers',
    licence: 'license',
    licences: 'licenses',
    defence: 'defense',
    offence: 'offense',
    practise: 'practice',
    practised: 'practiced',
    practises: 'practices',
    practising: 'practicing',
    ageing: 'aging',
    judgement: 'judgment',
    enrol: 'enroll',
    enrols: 'enrolls',
    enrolment: 'enrollment',
    enrolments: 'enrollments',
    fulfil: 'fulfill',
    fulfilment: 'fulfillment',
    instalment: 'installment',
    skilful: 'skillful',
    speciality: 'specialty',
    specialities: 'specialties',
    catalogue: 'catalog',
    analogue: 'analog',
    analogues: 'analogs',
    grey: 'gray',
    mould: 'mold',
    whilst: 'while',
    amongst: 'among',
    learnt: 'learned',
    spelt: 'spelled',
    burnt: 'burned',
    dreamt: 'dreamed',
    spoilt: 'spoiled',
    leapt: 'leaped',
    mum: 'mom',
    mums: 'moms',
    cheque: 'check',
    cheques: 'checks',
    travelled: 'traveled',
    travelling: 'traveling',
    labelled: 'labeled',
    labelling: 'labeling',
    modelled: 'modeled',
    modelling: 'modeling',
    counselling: 'counseling',
    counsellor: 'counselor',
    counsellors: 'counselors',
    signalled: 'signaled',
    fuelled: 'fueled',
    totalled: 'totaled',
    levelled: 'leveled',
    dialled: 'dialed',
    cancelled: 'canceled',
    cancelling: 'canceling',
  }),
);

const ISE_ENDINGS = ['e', 'ed', 'es', 'ing', 'ation', 'ations', 'er', 'ers'];

/** British spelling → American, built once: a lookup per new word read. */
const TABLE: ReadonlyMap<string, string> = (() => {
  const out = new Map(WORDS);
  for (const root of ISE_ROOTS) {
    const us = root.slice(0, -1) + 'z';
    for (const end of ISE_ENDINGS) out.set(root + end, us + end);
  }
  for (const root of YSE_ROOTS)
    for (const end of ['e', 'ed', 'ing']) out.set(root + end, root.slice(0, -1) + 'z' + end);
  return out;
})();

/** "Aemia" spelled "-aemia" anywhere ("hypoglycaemia", "anaemic", "hyperkalaemia"): the "a" is British. */
const AEMI = 'aemi';

/** The American spelling of a normalized word, or the word itself. */
export function usSpelling(w: string): string {
  const whole = TABLE.get(w);
  if (whole !== undefined) return whole;
  if (w.length < 5) return w;
  const at = w.indexOf(AEMI);
  if (at > 0) return w.slice(0, at) + w.slice(at + 1);
  for (const [uk, us] of STEMS) if (w.startsWith(uk)) return us + w.slice(uk.length);
  return w;
}
