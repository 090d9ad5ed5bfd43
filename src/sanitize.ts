// Neutralizes untrusted text (scenarios, transcripts, LLM replies) before it reaches a terminal;
// below every layer, since the HCP engine cleans model replies with it too.
// Strips ANSI CSI/OSC/DCS sequences (colours, titles, hyperlinks), C0/C1 controls, carriage
// returns and bidi controls; keeps newlines and tabs. Every human-facing format (terminal, table,
// Markdown, CSV, JUnit) and every error message goes through it; JSON keeps values exact (escapeJsonText).
const ESCAPE_SEQUENCES =
  // OSC / DCS / SOS / PM / APC strings up to BEL or ST, CSI sequences, other two-byte escapes.
  /(?:\u001B\][\s\S]*?(?:\u0007|\u001B\\|$))|(?:\u001B[PX^_][\s\S]*?(?:\u001B\\|$))|(?:\u009D[\s\S]*?(?:\u0007|\u009C|$))|(?:(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?)|(?:\u001B[ -/]*[0-~]?)/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** The "Trojan Source" set: marks (ALM, LRM, RLM), embeddings and overrides, isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(BIDI, '');
}

/** Characters JSON.stringify leaves raw that a terminal may still act on: DEL, C1 (U+009B is CSI), line separators, bidi. */
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Serialized JSON with those characters written as \uXXXX escapes: the same value for a parser,
 * kept verbatim, but inert when someone cats the file. They only ever occur inside strings.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
