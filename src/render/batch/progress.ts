// One line of batch progress for stderr: done/total, failures so far, time left.
import type { BatchProgress } from '../../batch/index.js';

export function formatEta(ms: number | null): string {
  if (ms === null) return 'ETA …';
  const s = Math.ceil(ms / 1000);
  return s >= 60 ? `ETA ${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `ETA ${s}s`;
}

export function formatProgress(p: BatchProgress): string {
  const failures = p.failures > 0 ? ` · ${p.failures} failed` : '';
  return `${p.done}/${p.total} runs${failures} · ${formatEta(p.etaMs)}`;
}
