// Words a trainer hears as the same thing: the rep who answers "staffing" with "nursing time" or
// "cost" with "copay" is on the HCP's point. Each group reads as its first word's stem.
const GROUPS: readonly string[] = [
  'staff staffing nurse nurses nursing scheduler schedulers',
  'cost costs price pricing priced expensive cheap cheaper afford affordable affordability copay copays spend spending',
  'coverage covered cover insurance insurer insurers formulary payer payers',
  'adherence adherent compliance compliant refill refills',
  'pill pills tablet tablets capsule capsules',
  'injection injections shot shots injectable injectables',
  'kidney kidneys renal crcl egfr gfr creatinine',
  'hospital hospitals hospitalization hospitalizations hospitalized readmission readmissions readmit readmits admission admissions',
  'quit quits quitting stop stops stopped stopping discontinue discontinued discontinuation discontinuing',
  'flare flares flare-up flare-ups exacerbation exacerbations',
  'emergency emergencies',
  'weight weights weigh weighs weighed weighing pound pounds',
  'tolerate tolerated tolerability tolerable intolerant intolerance',
  'parent parents mom moms mum mums mother mothers dad dads father fathers caregiver caregivers carer carers',
  'kid kids child children toddler toddlers',
];

/** Stem → the group's stem; filled by `conceptTable` with the same stemmer the reader uses. */
export function conceptTable(stem: (w: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of GROUPS) {
    const words = g.split(' ');
    const head = stem(words[0]!);
    for (const w of words) out.set(stem(w), head);
  }
  return out;
}
