/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  /*
   * One limit for every test, sized for a loaded two-core machine: some tests run the whole `zk`
   * pipeline in-process, read the 9,800-practice BI sample or run property tests, and take seconds
   * when the machine is busy. No test asserts a duration; the limit only ends a test that hangs.
   */
  testTimeout: 120_000,
  // A test that leaves a handle open (a timer, a socket) must not keep the run from ending.
  forceExit: true,
  setupFiles: ['<rootDir>/test/fast-check-seed.js'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
