// One mocha run for the whole suite, so CI gets one closing count.
module.exports = {
  'node-option': ['import=tsx'],
  spec: ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'charts/*/tests/**/*.test.ts'],
  reporter: './packages/testing/src/summary-reporter.cjs',
  timeout: 30000,
  exit: true,
};
