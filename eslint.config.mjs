// Flat config: typescript-eslint's recommended rules, Prettier owns formatting, and lib
// boundaries are enforced: code imports another lib only through its public face (@tenant-iam/<lib>).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '**/dist/**', 'examples/**', 'node_modules/**', '.data/**', 'coverage/**', '**/*.mjs', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tenant-iam/*/*'], message: 'Import another lib only through its public face: @tenant-iam/<lib>.' },
            {
              group: ['**/libs/*/src/**', '../../*/src/**'],
              message: 'Import another lib only through its public face: @tenant-iam/<lib>.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Libs never read process.env: take typed options.',
        },
      ],
    },
  },
);
