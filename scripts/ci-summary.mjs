// Sums the vitest JSON reports of the CI suites into the one closing line CI is read by.
// A suite whose report is missing (it crashed before writing one) counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const [extraFailures = '0', ...suites] = process.argv.slice(2);
let passed = 0;
let failed = Number(extraFailures);
for (const suite of suites) {
  const file = `.tmp/ci/${suite}.json`;
  if (!existsSync(file)) {
    console.log(`${suite}: no report (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const suiteFailed =
    report.numFailedTests + (report.success ? 0 : report.numFailedTests === 0 ? 1 : 0);
  console.log(`${suite}: ${report.numPassedTests} passed, ${suiteFailed} failed`);
  passed += report.numPassedTests;
  failed += suiteFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
