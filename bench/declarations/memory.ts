// Peak memory of this process during one pass: sampled on a timer and at each batch (PGlite runs
// queries on the main thread, so the timer only fires between them). The heap starts collected.

export interface Peak {
  /** Resident set: the JS heap, native buffers and, on PGlite, the database engine's WASM memory. */
  rssMb: number;
  /** Live JS objects: what the re-check itself holds. */
  heapUsedMb: number;
  /** Buffers outside the JS heap (PGlite's WASM memory is one). */
  externalMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function watchMemory() {
  (globalThis as { gc?: () => void }).gc?.();
  const peak = { rss: 0, heapUsed: 0, external: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external);
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    sample,
    stop(): Peak {
      clearInterval(timer);
      sample();
      return { rssMb: mb(peak.rss), heapUsedMb: mb(peak.heapUsed), externalMb: mb(peak.external) };
    },
  };
}
