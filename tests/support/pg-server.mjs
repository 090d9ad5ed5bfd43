// A throwaway PostgreSQL server for tests and benches (issue 19): initdb into a temp dir, start on
// a free 127.0.0.1 port with its socket inside that dir, stop and remove it at the end.
// initdb and postgres refuse to run as root: as root they run as the `postgres` user (Debian's
// package makes it) or `nobody`, through runuser, and the temp dir is handed to that user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where initdb, pg_ctl and postgres are: ROLEPLAY_PG_BIN, PATH, or Debian's /usr/lib/postgresql/N/bin. */
function findBinDir() {
  const dirs = [process.env.ROLEPLAY_PG_BIN, ...(process.env.PATH ?? '').split(':')];
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // Not Debian's layout.
  }
  return dirs.find((d) => d && ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(d, b))));
}

/** The user to run the server as when we are root; undefined when we are not. */
function serverUser() {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    if (spawnSync('id', ['-u', user]).status === 0) return user;
  }
  return null;
}

/** Why PostgreSQL cannot run here, or undefined when it can (checked without starting it). */
export function postgresUnavailable() {
  if (!findBinDir())
    return "no PostgreSQL server binaries (initdb, pg_ctl, postgres): install Debian's postgresql package";
  if (serverUser() === null) return 'running as root with no postgres or nobody user to run the server as';
  if (serverUser() && spawnSync('runuser', ['--help']).status !== 0) return 'running as root without runuser';
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server and creates database `roleplay`; `url` has a password-free superuser (trust on
 * loopback). Settings trade durability for speed: a test server's data is thrown away anyway.
 */
export async function startPostgres() {
  const why = postgresUnavailable();
  if (why) throw new Error(`cannot start PostgreSQL: ${why}`);
  const bin = findBinDir();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'roleplay-pg-'));
  if (user)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', user]).toString()),
      Number(execFileSync('id', ['-g', user]).toString()),
    );
  const as = (cmd, args) => (user ? ['runuser', ['-u', user, '--', join(bin, cmd), ...args]] : [join(bin, cmd), args]);
  const run = (cmd, args) => {
    const [file, argv] = as(cmd, args);
    const r = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'roleplay', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', opts, 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const admin = `postgres://roleplay@127.0.0.1:${port}/postgres`;
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query('CREATE DATABASE roleplay');
  await c.end();
  return {
    port,
    url: `postgres://roleplay@127.0.0.1:${port}/roleplay`,
    admin,
    /** A fresh empty database on the same server. */
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `postgres://roleplay@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
