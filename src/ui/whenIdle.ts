/**
 * Runs `task` once the browser has nothing more pressing to do (the first screen drawn and its reads
 * answered), or after `latestMs` at the latest. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, latestMs = 3000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: latestMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, Math.min(latestMs, 1000));
  return () => window.clearTimeout(handle);
}
