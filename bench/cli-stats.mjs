// Loaded before the CLI by the bench (`node --import ./bench/cli-stats.mjs dist/cli/main.js …`):
// when the process exits, writes to the file named by BENCH_STATS its CPU time (user and system,
// every thread), its time in garbage collection pauses (V8's `gc` performance entries), its peak
// V8 heap in use (sampled every 50 ms and at each collection's report) and its peak resident set
// size. Nothing else is changed in the run.
import { writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

const file = process.env.BENCH_STATS;
if (file !== undefined && file !== '') {
  let gcMs = 0;
  let gcCount = 0;
  let peak = 0;
  const sample = () => {
    const used = getHeapStatistics().used_heap_size;
    if (used > peak) peak = used;
  };
  const count = (list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcCount++;
    }
    sample();
  };
  const observer = new PerformanceObserver(count);
  observer.observe({ entryTypes: ['gc'] });
  setInterval(sample, 50).unref();
  process.on('exit', () => {
    // Entries not yet delivered to the callback.
    for (const e of observer.takeRecords?.() ?? []) {
      gcMs += e.duration;
      gcCount++;
    }
    sample();
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, `${JSON.stringify({ cpuMs, gcMs, gcCount, peakHeapMiB: peak / 2 ** 20, maxRssMiB: usage.maxRSS / 1024 })}\n`);
  });
}
