// Ends the run with one plain line, "jest: N passed, N failed[, N skipped]", that CI tooling
// reads whatever the test runner: jest's own summary uses a different wording.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped } = results;
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`jest: ${passed} passed, ${failed} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
