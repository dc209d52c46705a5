'use strict';
// Mocha's spec output, followed by the one closing line CI reads: "N passed, N failed[, N skipped]".
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats ?? this.stats;
      const line = `${passes} passed, ${failures} failed` + (pending > 0 ? `, ${pending} skipped` : '');
      // Registered after Spec's epilogue (super() ran first), so this prints last.
      process.stdout.write(`${line}\n`);
    });
  }
}
module.exports = SummaryReporter;
