// Types for pg-server.mjs (a plain module so the benches can use it too).
export interface TestPostgres {
  port: number;
  /** postgres://roleplay@127.0.0.1:<port>/roleplay: an empty database, trust auth. */
  url: string;
  admin: string;
  createDatabase(name: string): Promise<string>;
  stop(): void;
}
export function postgresUnavailable(): string | undefined;
export function startPostgres(): Promise<TestPostgres>;
