// Shows an llm HCP reply word by word on a terminal: a spinner on stderr until the first words,
// then the same cue line and "Name: text" line the whole-reply renderer prints.
import ora from 'ora';
import type { HcpReply, ReplySink } from '../hcp/index.js';
import type { ColorLevel, Io } from '../io.js';
import { renderHcpTurn } from '../render/index.js';
import { sanitize } from '../sanitize.js';

export interface StreamView {
  sink: ReplySink;
  /** What is left to print for `reply`: '' when it streamed in full, undefined to print it whole. */
  render(name: string, reply: HcpReply): string | undefined;
}

type Spinner = { start(text: string): unknown; stop(): unknown };

/** Only when stderr is a terminal; discardStdin off because readline owns stdin in the REPL. */
function openSpinner(io: Io): Spinner | undefined {
  // ora divides by the width: a pty reporting 0 columns (script(1), some CI) makes its clear() loop forever.
  if (!io.isErrTTY || (io.stderr as Partial<NodeJS.WriteStream>).columns === 0) return undefined;
  return ora({ stream: io.stderr as NodeJS.WriteStream, isEnabled: true, discardStdin: false });
}

export function createStreamView(io: Io, color: ColorLevel): StreamView {
  const spinner = openSpinner(io);
  let turn: { name: string; cues: readonly string[] } = { name: '', cues: [] };
  let shown = '';
  let lastShown = '';
  const sink: ReplySink = {
    begin(t) {
      turn = t;
      shown = '';
      spinner?.start(`${sanitize(t.name)} is thinking`);
    },
    text(chunk) {
      if (shown === '') {
        spinner?.stop();
        // The whole-reply renderer with no text is exactly the cue line and "Name: ".
        io.stdout.write(renderHcpTurn(turn.name, '', turn.cues, color).slice(0, -1));
      }
      shown += chunk;
      io.stdout.write(chunk);
    },
    end() {
      spinner?.stop();
      if (shown !== '') io.stdout.write('\n');
      lastShown = shown;
      shown = '';
    },
  };
  return {
    sink,
    render(_name, reply) {
      const was = lastShown;
      lastShown = '';
      // After a failure mid-stream the scripted words differ: print them whole below the partial line.
      return was !== '' && was === reply.text ? '' : undefined;
    },
  };
}
