// Adds up vitest's and Playwright's JSON reports into one "N passed, N failed" line.
import { existsSync, readFileSync } from 'node:fs';

const gateStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const notes = [];

if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  notes.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  notes.push('unit: no report');
}

if (existsSync('reports/e2e.json')) {
  const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  notes.push(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
} else {
  notes.push('e2e: no report');
}

if (gateStatus !== 0 && failed === 0) {
  failed = 1;
  notes.push('a gate step (typecheck, lint, format or build) failed');
}
if (passed === 0 && failed === 0) {
  failed = 1;
  notes.push('no tests ran');
}

console.log(`\n${notes.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
