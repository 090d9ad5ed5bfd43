// Public API of the repl layer.
export { Repl } from './repl.js';
