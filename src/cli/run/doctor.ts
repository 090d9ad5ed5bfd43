// `roleplay doctor`: checks Node, the data folder, the scenarios and the optional LLM server,
// and says what to fix. The API key is reported as set or not, never shown.
import { BackendError, InvalidInputError } from '../../errors.js';
import {
  configProblems,
  isReady,
  llmConfigFromEnv,
  probeServer,
  redact,
  safeUrl,
  secretsOf,
  type LlmConfig,
  type ProbeResult,
} from '../../hcp/index.js';
import { loadLibrary } from '../../scenario/index.js';
import { ensureDataDir, resolveDataDir } from '../../store/index.js';
import { writeJson, type CliContext } from '../context.js';

const NODE_MIN = [20, 17] as const;
/** Long enough for a local server that is up; a doctor should not hang on one that is not. */
const PROBE_TIMEOUT_MS = 5_000;

interface LlmCheck {
  configured: boolean;
  baseUrl: string | null;
  model: string | null;
  apiKeySet: boolean;
  timeoutSeconds: number;
  reachable: boolean | null;
  detail: string;
}

export interface DoctorReport {
  ok: boolean;
  node: { version: string; ok: boolean };
  dataDir: { path: string; writable: boolean };
  scenarios: { count: number; problems: number };
  llm: LlmCheck;
  fixes: string[];
}

function nodeOk(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > NODE_MIN[0] || (major === NODE_MIN[0] && minor >= NODE_MIN[1]);
}

async function checkDataDir(ctx: CliContext, fixes: string[]) {
  const dir = resolveDataDir(ctx.env);
  try {
    await ensureDataDir(dir);
    return { path: dir.root, writable: true };
  } catch {
    fixes.push(`the data folder ${dir.root} is not writable: set ROLEPLAY_HOME to a writable folder`);
    return { path: dir.root, writable: false };
  }
}

async function checkScenarios(ctx: CliContext, fixes: string[]) {
  try {
    return { count: (await loadLibrary(ctx.globals().scenarios)).all.length, problems: 0 };
  } catch (e) {
    const problems = (e as { problems?: unknown[] }).problems?.length ?? 1;
    fixes.push(`${problems} problem(s) in your scenario folders: run \`roleplay validate <dir>\``);
    return { count: 0, problems };
  }
}

function probeDetail(p: ProbeResult, model: string, fixes: string[]): string {
  if (!p.ok) {
    fixes.push(
      `the model server did not answer (${p.reason}): start it (e.g. \`ollama serve\`) or fix ROLEPLAY_LLM_BASE_URL / ROLEPLAY_LLM_API_KEY`,
    );
    return `not reachable: ${p.reason}`;
  }
  if (p.via === 'completion') return `reachable: a 1-token completion answered in ${p.ms} ms`;
  if (p.modelListed === false) {
    const listed = (p.models ?? []).slice(0, 8).join(', ') || 'none';
    fixes.push(
      `model "${model}" is not among the server's models (${listed}): set ROLEPLAY_LLM_MODEL to one of them, or pull it (e.g. \`ollama pull ${model}\`)`,
    );
    return `reachable in ${p.ms} ms, but model "${model}" is not listed`;
  }
  return `reachable: GET /models answered in ${p.ms} ms and lists "${model}"`;
}

async function checkLlm(ctx: CliContext, fixes: string[]): Promise<LlmCheck> {
  const c: LlmConfig = llmConfigFromEnv(ctx.env);
  const base = {
    baseUrl: c.baseURL ? redact(safeUrl(c.baseURL), secretsOf(c)) : null,
    model: c.model ?? null,
    apiKeySet: c.apiKey !== undefined,
    timeoutSeconds: c.timeoutMs / 1000,
  };
  if (!isReady(c)) {
    const problems = configProblems(c);
    const unset = !c.baseURL && !c.model && c.invalid.length === 0;
    if (!unset) fixes.push(...problems);
    const detail = unset ? 'not configured (optional: the scripted HCP needs no model)' : problems.join('; ');
    return { configured: false, ...base, reachable: null, detail };
  }
  const probe = await probeServer(c, { timeoutMs: Math.min(c.timeoutMs, PROBE_TIMEOUT_MS) });
  return {
    configured: true,
    ...base,
    reachable: probe.ok,
    detail: redact(probeDetail(probe, c.model, fixes), secretsOf(c)),
  };
}

function renderDoctor(r: DoctorReport): string {
  const mark = (ok: boolean | null) => (ok === null ? '-' : ok ? 'ok' : '!!');
  const { llm } = r;
  const lines = [
    `${mark(r.node.ok)}  node        ${r.node.version}${r.node.ok ? '' : ` (needs ${NODE_MIN.join('.')} or later)`}`,
    `${mark(r.dataDir.writable)}  data dir    ${r.dataDir.path} (${r.dataDir.writable ? 'writable' : 'not writable'})`,
    `${mark(r.scenarios.problems === 0)}  scenarios   ${r.scenarios.count}${r.scenarios.problems ? ` (${r.scenarios.problems} problem(s))` : ''}`,
    `${mark(llm.configured ? llm.reachable : null)}  LLM         ${llm.detail}`,
    `    base URL  ${llm.baseUrl ?? '(ROLEPLAY_LLM_BASE_URL not set)'}`,
    `    model     ${llm.model ?? '(ROLEPLAY_LLM_MODEL not set)'}`,
    `    API key   ${llm.apiKeySet ? 'set' : 'not set (fine for local servers)'}`,
    `    timeout   ${llm.timeoutSeconds}s per reply`,
  ];
  if (r.fixes.length > 0) lines.push('', 'To fix:', ...r.fixes.map((f) => `  - ${f}`));
  else lines.push('', 'Everything needed works.');
  return `${lines.join('\n')}\n`;
}

export async function runDoctor(ctx: CliContext): Promise<void> {
  const fixes: string[] = [];
  const node = { version: process.version, ok: nodeOk(process.version) };
  if (!node.ok) fixes.push(`Node ${process.version} is too old: install Node ${NODE_MIN.join('.')} or later`);
  const dataDir = await checkDataDir(ctx, fixes);
  const scenarios = await checkScenarios(ctx, fixes);
  const llm = await checkLlm(ctx, fixes);
  const report: DoctorReport = { ok: fixes.length === 0, node, dataDir, scenarios, llm, fixes };
  if (ctx.globals().json) writeJson(ctx, report);
  else ctx.io.stdout.write(renderDoctor(report));
  failIfBroken(report);
}

/** Exit 5 when the configured model server is down (as with --no-fallback), 3 for anything else to fix. */
function failIfBroken(r: DoctorReport): void {
  if (r.ok) return;
  if (r.llm.reachable === false) throw new BackendError('the LLM server is not reachable (see above)');
  throw new InvalidInputError(`doctor found ${r.fixes.length} thing(s) to fix (listed above)`);
}
