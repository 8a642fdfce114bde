// Lint rules for the whole repository (run by `npm test` through `npm run lint`): typescript-eslint's
// recommended type-checked rules; formatting is Prettier's alone (eslint-config-prettier turns off
// the rules that would fight it).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'deploy/', 'test-artifacts/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_`-prefixed parameters are deliberate (an interface's signature, a callback's position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A file's imports read from the outside in: Node's, then packages', then the project's
    // libraries (@inquiry-router/*), then its own folder's; the order within a group is free.
    plugins: { 'import-x': importX },
    settings: { 'import-x/internal-regex': '^@inquiry-router/' },
    rules: {
      'import-x/order': ['error', { groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']] }],
    },
  },
  {
    // Tests use in-memory async stand-ins for ports and assert on methods as values (`expect(port.save)`).
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'e2e/**'],
    rules: { '@typescript-eslint/require-await': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  prettier,
);
