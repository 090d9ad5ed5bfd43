// Untrusted text (rep names, scenario titles, metric keys, file names) made safe for HTML and SVG.
import { sanitize } from '../../sanitize.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Terminal controls stripped first, then every character HTML gives a meaning escaped (text and attributes). */
export const esc = (text: string): string => sanitize(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export const num = (v: number | null | undefined, digits = 2): string =>
  typeof v === 'number' ? v.toFixed(digits) : 'n/a';

export const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;
export const arrow = (t: 'up' | 'down' | 'flat' | null): string => (t === null ? '' : ARROWS[t]);
