// The outside world as core sees it: streams and whether a person is watching.
/** Colours a terminal shows: none, 16, 256, 16 million (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3;

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** stdout is a terminal: colours, tables sized for people, prompts allowed. */
  isTTY: boolean;
  /** stderr is a terminal: progress and spinners allowed. */
  isErrTTY?: boolean;
  /** stdin is a terminal: interactive prompts allowed. */
  isInTTY?: boolean;
  /** The terminal's width now (it may be resized), or undefined when stdout is not a terminal. */
  columns?(): number | undefined;
  /** Colour level 0 (off) to 3; 0 when NO_COLOR or --no-color. */
  colorLevel?: ColorLevel;
}
