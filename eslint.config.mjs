import tseslint from 'typescript-eslint';

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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'CustomFunctions'],
      'no-restricted-imports': ['error', { patterns: ['../functions/*', '../workbook/*', '../excel/*', '../xlsx/*', '../taskpane/*'] }],
    },
  },
);
