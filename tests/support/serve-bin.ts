// Spawns the built `roleplay serve` on 127.0.0.1 and a free port, and waits for the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from './paths.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServedBin {
  url: string;
  child: ChildProcess;
  stderr(): string;
  exited: Promise<Exit>;
  /** Sends `signal` and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

export function serveBin(
  home: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<ServedBin> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ROLEPLAY_HOME: home, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Exit>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const url = /^roleplay: serving on (http:\/\/\S+)$/m.exec(stdout)?.[1];
      if (url)
        resolve({
          url,
          child,
          exited,
          stderr: () => stderr,
          stop: (s = 'SIGTERM') => (child.exitCode === null && child.kill(s), exited),
        });
    });
    void exited.then((e) => reject(new Error(`serve exited (${e.code ?? e.signal}) before listening: ${stderr}`)));
  });
}

/** One JSON request to the server; the status and the parsed body. */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any }> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** Kills what is still running: a failed test must not leave a server holding ports. */
export function killAll(children: Iterable<ChildProcess>): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
