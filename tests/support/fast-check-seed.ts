// Runs in every test file (vitest setupFiles): property tests draw from one fixed seed, so a run can be
// repeated exactly. FC_SEED=<n> explores another draw; a counterexample found that way becomes a row.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 48) });
