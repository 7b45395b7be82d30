// Loaded with `node --require` into a process under test: on exit, writes what the process
// cost as JSON to the file named by CLAUSEMARK_RSS_LOG: its peak resident set size in bytes
// and its processor time in milliseconds.
const fs = require('node:fs');

const log = process.env.CLAUSEMARK_RSS_LOG;
if (log) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // `maxRSS` is in kilobytes (getrusage's ru_maxrss), the times in microseconds.
    fs.writeFileSync(log, JSON.stringify({ peakRss: usage.maxRSS * 1024, cpuMilliseconds: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
