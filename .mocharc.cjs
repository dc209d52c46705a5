// One mocha run for the whole suite, so CI gets one closing count. Test files run two at a
// time (the machine's two cores): most of a file's time is spent starting stacks and waiting.
// Each file makes its own database, stream and key prefix, so files share no state.
module.exports = {
  'node-option': ['import=tsx'],
  spec: ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'charts/*/tests/**/*.test.ts'],
  reporter: './packages/testing/src/summary-reporter.cjs',
  timeout: 30000,
  exit: true,
  parallel: true,
  jobs: Number(process.env.TEST_JOBS) || 2,
};
