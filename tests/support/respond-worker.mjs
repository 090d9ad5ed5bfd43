// A stress worker (issue 13): one process saying turns in one session through the built CLI's
// main(), one after another, each as a fresh `roleplay respond` would (its own SessionManager,
// nothing cached), without paying a node start-up per turn. Prints one JSON line per turn.
// argv: <repo root> <session id> <name> <count>; ROLEPLAY_HOME comes from the environment.
import { PassThrough, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

const [root, id, name, count] = process.argv.slice(2);
const { main } = await import(pathToFileURL(`${root}/dist/cli/main.js`).href);
const QUESTIONS = [
  'What matters most to you with patients who are above goal on one agent?',
  'How do you usually handle titration when a patient is not at goal?',
  'How do your older patients cope with their pill burden?',
  'What have you seen with refills in your practice?',
  'How do you decide when to add a second agent?',
];

const sink = () => {
  const chunks = [];
  return Object.assign(new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }), {
    text: () => chunks.join(''),
  });
};

for (let n = 0; n < Number(count); n++) {
  // The marker sits inside the question: the HCP hears the same question twice as a repeat (issue 14).
  const text = `${QUESTIONS[n % QUESTIONS.length].replace(/\?$/, '')} (${name} #${n})?`;
  const io = { stdin: new PassThrough(), stdout: sink(), stderr: sink(), isTTY: false, colorLevel: 0 };
  const code = await main(['--json', 'respond', id, text], io, { env: process.env, cwd: root });
  const reply = code === 0 ? JSON.parse(io.stdout.text()).reply : null;
  process.stdout.write(`${JSON.stringify({ source: name, n, text, code, reply, err: io.stderr.text() })}\n`);
}
