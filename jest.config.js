/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Transpile only (tsconfig: isolatedModules): types are checked by `npm run lint`, not once per test file.
    '^.+\\.tsx?$': ['ts-jest', {}],
  },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  setupFiles: ['<rootDir>/tests/setup/custom-functions.ts'],
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
  testTimeout: 60000,
};
