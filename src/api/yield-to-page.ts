/**
 * Lets the page handle input and paint between slices of long work: `scheduler.yield()` where the
 * browser has it (the work resumes ahead of other queued tasks), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
