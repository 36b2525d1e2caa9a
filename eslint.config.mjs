import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

/**
 * The Office add-in rules (load before read, sync after load, no sync in a loop, isNullObject …)
 * at the plugin's own severities. Only the rules: the plugin's `recommended` config also brings
 * its own copy of typescript-eslint and runs prettier inside eslint, which `format:check` does.
 * They apply to src/ (Office.js code lives in src/excel): tests break them on purpose (the Excel
 * double must refuse a read before load/sync), and ExcelJS's getCell() looks like an Office.js
 * getter to them. The rules know a sync only as `context.sync()`, not as `trips.sync()`.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Custom-function adapters take Excel's untyped ranges (any[][]) by design.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], plugins: { 'office-addins': officeAddins }, rules: officeAddinsRules },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'CustomFunctions'],
      'no-restricted-imports': ['error', { patterns: ['../functions/*', '../workbook/*', '../excel/*', '../xlsx/*', '../taskpane/*'] }],
    },
  },
);
