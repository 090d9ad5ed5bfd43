// Twenty different on-topic questions for the hypertension discovery scenario, for tests and benches
// that play many turns: the HCP hears a repeated question as one and cools (issue 14). A plain module
// so the benches can use it too.

/** The built-in scenario the load scenario is made from, with room for 20 turns. */
export const LOAD_BASE = 'primary-care-hypertension-discovery';
export const LOAD_TIME_BUDGET = 60;

export const QUESTIONS = [
  'What matters most to you with patients who are above goal on one agent?',
  'How do you usually handle titration when a patient is not at goal?',
  'It sounds like extra visits are a burden. What happens when patients skip them?',
  'How do your older patients cope with their pill burden?',
  'What monitoring would your nurses need, like sodium and potassium labs?',
  'I hear you on generics. Would fewer pills help adherence for the patients dropping the second pill?',
  'Which of your patients worry you most about adherence?',
  'How do you decide when to add a second agent?',
  'What would make a single pill worth it for your seniors?',
  'What have you seen with refills in your practice?',
  'How do your nurses follow up after a medication change?',
  'What do patients tell you when they stop a blood pressure pill?',
  'How often do you see patients come back above goal after a titration?',
  'What gets in the way of home blood pressure readings for your patients?',
  'How do you talk with seniors about adding another medication?',
  'What would a good week look like for your hypertension clinic?',
  'Who else in the practice weighs in when you change a regimen?',
  'How do you handle patients who feel fine and skip doses?',
  'What does your team do when a lab comes back with low sodium?',
  'Where do your patients usually fill their prescriptions?',
];

/** Session `s`'s turn `t`: a different question each turn, tagged so every turn's text is unique. */
export const say = (s, t) => `${QUESTIONS[t % QUESTIONS.length]} (s${s} t${t})`;

/** A scenario (parsed or loaded) with the load scenario's id and room for 20 turns. */
export const asLoadScenario = (base, id) => ({ ...base, id, hcp: { ...base.hcp, timeBudget: LOAD_TIME_BUDGET } });
