// Ends the run with one plain line, "jest: N passed, N failed", which CI reads in any language.
class SummaryReporter {
  onRunComplete(contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed\n`
    // Printed at exit so it comes after jest's own summary and is the run's last line.
    process.once('exit', () => process.stdout.write(line))
  }
}

module.exports = SummaryReporter
