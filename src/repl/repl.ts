// The interactive practice loop: each line is the rep's turn or a slash command, all through
// the one SessionManager. Works the same on a terminal and on piped stdin. The session may also be
// driven by other processes (CLI, serve): what it shows is read from the journal, not remembered.
import type { ColorLevel, Io } from '../io.js';
import type { HcpReply } from '../hcp/index.js';
import { BackendError, InterruptedError, SessionStateError, isRoleplayError } from '../errors.js';
import { type Library, toBriefing } from '../scenario/index.js';
import { closestNames } from '../suggest.js';
import { type Session, type SessionManager, toStatus } from '../session/index.js';
import {
  fitLines,
  renderBriefing,
  renderHcpTurn,
  renderSpeaker,
  renderStatus,
  renderTranscript,
  wrapLine,
} from '../render/index.js';
import { sanitize } from '../sanitize.js';
import { parseReplLine, REPL_COMMANDS, REPL_HELP, type ReplCommandName } from './parse.js';

export interface ReplDeps {
  io: Io;
  manager: SessionManager;
  library: Library;
  color: ColorLevel;
  renderEnd(session: Session): string;
  hint(session: Session): string;
  engine?: string;
  seed?: number;
  /** Who is practicing, recorded in every session this REPL starts. */
  rep?: string;
  /** Piped input is not echoed by a terminal: print each turn so the output reads as a conversation. */
  echoInput?: boolean;
  /** Called before each line is read, to show a prompt on a terminal. */
  prompt?(hasSession: boolean): void;
  /** What is left to print of a reply already streamed to the terminal; undefined prints it whole. */
  renderReply?(hcpName: string, reply: HcpReply): string | undefined;
  /** Columns to wrap to, read on every write so a resized terminal is followed (80 when unknown). */
  width?(): number;
}

export interface ReplResult {
  code: number;
  /** The unfinished session left behind, if any (kept in the journal). */
  openSessionId?: string;
}

export class Repl {
  private session?: Session;
  /** The last session shown here, ended or not: /restart and /brief still work after /end (issue 15). */
  private last?: Session;
  private quit = false;

  constructor(private readonly deps: ReplDeps) {}

  get current(): Session | undefined {
    return this.session;
  }

  async startScenario(id: string, seed = this.deps.seed): Promise<void> {
    const scenario = this.deps.library.require(id);
    this.session = await this.deps.manager.start(scenario, {
      seed,
      engine: this.deps.engine,
      ...(this.deps.rep !== undefined ? { rep: this.deps.rep } : {}),
    });
    this.last = this.session;
    const c = this.session;
    // The briefing first: a rep who ran `npx roleplay` has never seen the product or the objectives (issue 15).
    this.write(`\n${this.wrap(`Session ${c.id.slice(0, 8)} · ${sanitize(scenario.title)} · seed ${c.seed}`)}\n`);
    this.write(
      `${renderBriefing(toBriefing(scenario), { color: this.deps.color, width: this.width(), isSessionStart: true })}\n`,
    );
    this.write(
      renderHcpTurn(scenario.hcp.name, c.turns[0]!.text, c.turns[0]!.cues ?? [], this.deps.color, this.width()),
    );
  }

  async resume(id: string): Promise<void> {
    const s = await this.deps.manager.get(id);
    this.session = s;
    this.last = s;
    this.write(
      `${this.wrap(`Resuming session ${s.id.slice(0, 8)} · ${sanitize(s.scenario.title)} · ${s.repTurns} turn(s) so far`)}\n\n`,
    );
    this.write(renderTranscript(s.turns, s.scenario.hcp.name, this.deps.color, this.width()));
    if (s.status === 'ended' || s.hcpEnded) await this.end();
  }

  /** Reads lines until /quit or end of input; returns the exit code. */
  async run(lines: AsyncIterable<string>): Promise<ReplResult> {
    this.deps.prompt?.(this.active());
    for await (const line of lines) {
      try {
        await this.handle(line);
      } catch (e) {
        if (e instanceof BackendError) this.keptNotice();
        // --no-fallback asked for exit 5, so a failed model ends the REPL (the session is kept).
        if (!isRoleplayError(e) || e instanceof InterruptedError || e instanceof BackendError) throw e;
        this.deps.io.stderr.write(`roleplay: ${sanitize(e.message)}${e.hint ? `\nhint: ${sanitize(e.hint)}` : ''}\n`);
      }
      if (this.quit) break;
      this.deps.prompt?.(this.active());
    }
    await this.refresh().catch(() => undefined);
    const open = this.keptNotice();
    return { code: 0, ...(open ? { openSessionId: open } : {}) };
  }

  private keptNotice(): string | undefined {
    const open = this.active() ? this.session!.id : undefined;
    if (open)
      this.deps.io.stderr.write(
        `Session ${open.slice(0, 8)} kept; continue with: roleplay resume ${open.slice(0, 8)}\n`,
      );
    return open;
  }

  async handle(line: string): Promise<void> {
    const input = parseReplLine(line, this.active());
    if (input.kind === 'empty') return;
    if (input.kind === 'unknown-command') {
      const near = closestNames(input.name, REPL_COMMANDS);
      this.write(
        `Unknown command /${sanitize(input.name)}.${near.length ? ` Did you mean /${near[0]}?` : ''} Type /help for commands.\n`,
      );
      return;
    }
    if (input.kind === 'say') return this.say(input.text);
    return this.command(input.name, input.arg);
  }

  private async command(name: ReplCommandName, arg: string): Promise<void> {
    switch (name) {
      case 'help':
        return this.write(REPL_HELP);
      case 'quit':
        this.quit = true;
        return;
      case 'start':
        if (!arg) return this.write('Which scenario? Try /start <id>; `roleplay list` shows them.\n');
        if (this.active()) return this.write('A session is active: /end it first (or /restart).\n');
        return this.startScenario(arg);
      case 'restart':
        return this.restart();
      case 'brief': {
        const s = this.session ?? this.last;
        if (!s)
          return this.write(
            'No session yet. Start one with /start <scenario>; `roleplay show <id>` prints any briefing.\n',
          );
        return this.write(
          renderBriefing(toBriefing(s.scenario), { color: this.deps.color, width: this.width(), isSessionStart: true }),
        );
      }
      case 'status': {
        const s = await this.fresh();
        return s ? this.write(renderStatus(toStatus(s))) : undefined;
      }
      case 'transcript': {
        const s = await this.fresh();
        return s
          ? this.write(renderTranscript(s.turns, s.scenario.hcp.name, this.deps.color, this.width()))
          : undefined;
      }
      case 'hint': {
        const s = await this.fresh();
        return s ? this.write(`${this.wrap(`Hint: ${this.deps.hint(s)}`)}\n`) : undefined;
      }
      case 'end':
        // Also for a session ended elsewhere: its one scorecard, as `roleplay end` shows it.
        return this.session ? this.end() : void this.write('No active session. Start one with /start <scenario>.\n');
    }
  }

  private async say(text: string): Promise<void> {
    if (this.session?.status === 'ended') {
      this.write(
        `Session ${this.session.id.slice(0, 8)} has ended elsewhere: /end shows its scorecard, /start begins a new one.\n`,
      );
      return;
    }
    if (!this.active()) {
      this.write('No active session. Start one with /start <scenario> (`roleplay list` shows them), or /help.\n');
      return;
    }
    if (this.deps.echoInput) this.write(renderSpeaker('You', sanitize(text), (l) => l, this.width()));
    const { reply, session, scorecard } = await this.deps.manager
      .respond(this.session!.id, text)
      .catch(async (e: unknown) => {
        // Ended (or busy) in another process: learn which from the journal, then report it.
        if (e instanceof SessionStateError) await this.refresh().catch(() => undefined);
        throw e;
      });
    this.session = session;
    const rest = this.deps.renderReply?.(session.scenario.hcp.name, reply);
    this.write(rest ?? renderHcpTurn(session.scenario.hcp.name, reply.text, reply.cues, this.deps.color, this.width()));
    if (scorecard) {
      this.write(`\nThe conversation is over (${reply.ended}).\n`);
      this.showEnd(session);
    }
  }

  /**
   * The same scenario and seed again. A session still active is ended first, so `resume` never reopens
   * the abandoned one; after /end the last session is the one replayed, as the scorecard suggests (issue 15).
   */
  private async restart(): Promise<void> {
    const s = this.active() ? this.session : this.last;
    if (!s) return this.write('No session to restart. Start one with /start <scenario>.\n');
    if (this.active()) {
      await this.deps.manager.end(s.id);
      this.write(`Session ${s.id.slice(0, 8)} ended unfinished; starting again.\n`);
    }
    this.session = undefined;
    return this.startScenario(s.scenario.id, s.seed);
  }

  private async end(): Promise<void> {
    const ended = await this.deps.manager.end(this.session!.id);
    this.showEnd(ended);
  }

  private showEnd(session: Session): void {
    this.write(`\n${this.deps.renderEnd(session)}`);
    this.write(`\nStart another with /start <scenario>, or /quit.\n`);
    this.session = undefined;
  }

  private active(): boolean {
    return this.session !== undefined && this.session.status === 'active';
  }

  /** The session as its journal says now; another process may have added turns or ended it. */
  private async fresh(): Promise<Session | undefined> {
    if (!this.session) return this.requireSession();
    await this.refresh();
    return this.session;
  }

  private async refresh(): Promise<void> {
    if (this.session) this.session = await this.deps.manager.get(this.session.id);
  }

  private requireSession(): Session | undefined {
    if (this.active()) return this.session;
    this.write('No active session. Start one with /start <scenario>.\n');
    return undefined;
  }

  private width(): number {
    return this.deps.width?.() ?? 80;
  }

  private wrap(text: string): string {
    return wrapLine(text, this.width()).join('\n');
  }

  /** Every line fits the terminal: anything still wider is word-wrapped, indented under itself. */
  private write(text: string): void {
    this.deps.io.stdout.write(fitLines(text, this.width()));
  }
}
