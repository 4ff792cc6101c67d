// Adds up the JSON reports of every test runner into one closing line that CI can read:
// "summary: N passed, N failed, N skipped". Exits 1 on any failure, on zero passes, or on a
// report it cannot read (a runner that crashed must not look like a green run).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "reports";
const total = { passed: 0, failed: 0, skipped: 0 };
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch {
    report = undefined;
  }
  const counts = countOf(report);
  if (!counts) {
    console.log(`${file}: unreadable report, counted as one failure`);
    total.failed += 1;
    continue;
  }
  console.log(`${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const k of Object.keys(total)) total[k] += counts[k];
}

function countOf(r) {
  if (r?.stats && "expected" in r.stats) {
    // Playwright's JSON reporter.
    return { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected, skipped: r.stats.skipped };
  }
  if (r && "numPassedTests" in r) {
    // vitest's JSON reporter.
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    };
  }
  return undefined;
}

console.log(`summary: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
