// What the serve benches share: the load scenario as a library, a keep-alive HTTP client, and one
// session of TURNS different questions (a repeated question would make the HCP end the call, issue 14).
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asLoadScenario, LOAD_BASE, say } from '../../support/load-questions.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const TURNS = 20;
const SCENARIO = 'bench-discovery';

export const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);

/** A library holding only the built-in discovery scenario with room for 20 turns (its own budget is 14). */
export async function benchLibrary() {
  const { loadLibrary } = await dist('scenario/index.js');
  const scenario = asLoadScenario((await loadLibrary()).require(LOAD_BASE), SCENARIO);
  const loaded = { scenario, file: '(bench)', builtIn: false };
  return { all: [loaded], get: (id) => (id === scenario.id ? loaded : undefined), require: () => scenario };
}

/** node:http with keep-alive: fetch (undici) costs more CPU than the server here and would share its thread. */
export function createClient(maxSockets) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  function post(url, path, body, latencies) {
    const data = JSON.stringify(body);
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) };
      const req = request(url + path, { method: 'POST', agent, headers }, (res) => {
        let text = '';
        res
          .setEncoding('utf8')
          .on('data', (c) => (text += c))
          .on('end', () => {
            latencies?.push(performance.now() - t0);
            if (res.statusCode === 200) resolve(JSON.parse(text));
            else reject(new Error(`${path} → ${res.statusCode}: ${text}`));
          });
      });
      req.on('error', reject).end(data);
    });
  }
  /** Session `s`: start, TURNS responds (their latencies pushed), end; checks every turn reached the scorecard. */
  async function oneSession(url, s, latencies) {
    const { sessionId } = await post(url, '/api/roleplay/start', { scenarioId: SCENARIO, seed: s + 1 });
    for (let t = 0; t < TURNS; t++)
      await post(url, '/api/roleplay/respond', { sessionId, message: say(s, t) }, latencies);
    const card = await post(url, '/api/roleplay/end', { sessionId });
    const repTurns = card.transcript.filter((x) => x.speaker === 'rep').length;
    if (repTurns !== TURNS) throw new Error(`session ${s}: ${repTurns} of ${TURNS} turns in the scorecard`);
  }
  return { post, oneSession, destroy: () => agent.destroy() };
}
