/** Samples the resident set size while a phase runs (every 20 ms) and keeps the peak. */
export async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  try {
    const value = await work();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return { value, peakRss };
  } finally {
    clearInterval(timer);
  }
}

export const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
