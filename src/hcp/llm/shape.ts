// Turns raw model text into the HCP's words: no control sequences, no name label, no stage
// directions, never a line for the rep, one capped paragraph. Works on partial text too:
// what it returns before the end is always a prefix of the final reply, so streamed words never
// have to be taken back.
import { sanitize } from '../../sanitize.js';

/** Past this, the reply ends at the next sentence end; at the hard cap it is cut at a word. */
export const SOFT_CAP = 400;
export const HARD_CAP = 600;
/** Raw text beyond this is not read: a runaway model cannot make a turn slow or huge. */
export const MAX_RAW_CHARS = 8_000;
/** A label or a stage direction longer than this is ordinary speech. */
const MAX_LABEL = 60;
const MAX_ACTION = 80;

export interface Shaped {
  text: string;
  /** Nothing later can change the reply: stop reading the stream. */
  complete: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REP_LABELS = ['rep', 'you', 'me', 'sales rep', 'sales representative', 'representative', 'user', 'pharma rep'];
const REP_LINE = new RegExp(
  `(^|\\n)[ \\t]*[*_]{0,2}[ \\t]*(?:${REP_LABELS.map(escapeRe).join('|')})[ \\t]*[*_]{0,2}[ \\t]*:`,
  'i',
);
const SENTENCE_END = /[.!?…]["'”’)]*(?=\s|$)/g;

function labelRe(name: string): RegExp {
  const last = name.split(/\s+/).pop() ?? name;
  // A label sits on one line: [ \t], not \s, inside it.
  const who = ['hcp', 'doctor', 'dr(?:\\.[ \\t]*|[ \\t]+)[^:\\n]{0,40}', escapeRe(name), escapeRe(last)].join('|');
  return new RegExp(`^\\s*[*_]{0,2}[ \\t]*(?:the[ \\t]+)?(?:${who})[ \\t]*[*_]{0,2}[ \\t]*:[*_]{0,2}\\s*`, 'i');
}

/** Letters only, lower case: "**Sales re" → "sales re", to test against label words. */
const norm = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The opening might still turn out to be "Dr. Name:" once more text arrives. */
function mayBeLabel(head: string, name: string): boolean {
  const h = norm(head);
  if (head.length >= MAX_LABEL || /\n/.test(head.trim())) return false;
  const starts = ['hcp', 'the hcp', 'doctor', 'dr.', 'dr ', norm(name), norm(name.split(/\s+/).pop() ?? '')];
  return h === '' || starts.some((s) => s.startsWith(h) || h.startsWith(s));
}

/** The last line might still become "Rep: …" once more text arrives. */
function mayBeRepLine(line: string): boolean {
  const l = norm(line);
  return (
    line.length < 30 &&
    REP_LABELS.some((s) => s.startsWith(l) || (l.startsWith(s) && /^[\s*_]*$/.test(l.slice(s.length))))
  );
}

function stripLabel(text: string, name: string, done: boolean): string | undefined {
  const m = labelRe(name).exec(text);
  if (m) return text.slice(m[0].length);
  return !done && mayBeLabel(text, name) ? undefined : text;
}

function cutRepLines(text: string, done: boolean): { text: string; cut: boolean } {
  const m = REP_LINE.exec(text);
  if (m) return { text: text.slice(0, m.index), cut: true };
  if (done) return { text, cut: false };
  const nl = text.lastIndexOf('\n');
  const last = text.slice(nl + 1);
  return { text: mayBeRepLine(last) ? text.slice(0, nl + 1) : text, cut: false };
}

/** Index after the run of asterisks starting at `i`. */
function runEnd(text: string, i: number): number {
  let j = i;
  while (text[j] === '*') j++;
  return j;
}

/**
 * *leans back* is a cue, and cues come from state only (docs/hcp.md): the model's are dropped.
 * A left-to-right scan, so a decision never changes as text arrives; an open action waits.
 */
function dropActions(text: string, done: boolean): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '*') {
      out += text[i++];
      continue;
    }
    const j = runEnd(text, i);
    let k = j;
    while (k < text.length && text[k] !== '*' && text[k] !== '\n' && k - j <= MAX_ACTION) k++;
    if (text[k] === '*' && k > j && k - j <= MAX_ACTION) {
      out += ' ';
      i = runEnd(text, k);
    } else if (k >= text.length && k - j <= MAX_ACTION && !done) {
      return out;
    } else {
      out += text.slice(i, j);
      i = j;
    }
  }
  return out;
}

function cap(text: string): Shaped {
  SENTENCE_END.lastIndex = SOFT_CAP;
  const end = SENTENCE_END.exec(text);
  if (end && end.index + end[0].length <= HARD_CAP)
    return { text: text.slice(0, end.index + end[0].length), complete: true };
  if (text.length <= HARD_CAP) return { text, complete: false };
  const cut = text.lastIndexOf(' ', HARD_CAP);
  return { text: `${text.slice(0, cut > 0 ? cut : HARD_CAP).replace(/[\s,;:–—-]+$/, '')}…`, complete: true };
}

/** `done`: the model has finished; otherwise only what can no longer change is returned. */
export function shapeReply(raw: string, o: { hcpName: string; done: boolean }): Shaped {
  const clean = sanitize(raw.slice(0, MAX_RAW_CHARS));
  const body = stripLabel(clean, o.hcpName, o.done);
  if (body === undefined) return { text: '', complete: false };
  const lines = cutRepLines(body, o.done);
  const final = o.done || lines.cut;
  let text = dropActions(lines.text, final).replace(/\s+/g, ' ').trimStart();
  // A partial last word (or trailing space) may still grow: hold it back.
  if (!final) text = text.slice(0, Math.max(0, text.lastIndexOf(' ')));
  const capped = cap(text.trimEnd());
  return { text: capped.text.trim(), complete: capped.complete || lines.cut };
}
