// ESLint 9 flat config, picked up by `office-addin-lint check` (it uses ./eslint.config.mjs when present).
import officeAddins from 'eslint-plugin-office-addins';
// The plugin's recommended config loses its TypeScript parser (a CommonJS default-import slip in the
// plugin), so name it again here, exactly as office-addin-lint's own built-in config does.
import tsParser from '@typescript-eslint/parser';

export default [
  // Office's recommended rules: Excel API load/sync mistakes, no eval, prettier formatting.
  ...officeAddins.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript already reports unknown names and knows the DOM, Office and Excel globals.
      'no-undef': 'off',
      // The project's formatting (Office's default prettier settings use double quotes and 100 columns).
      'prettier/prettier': ['error', { endOfLine: 'auto', singleQuote: true, printWidth: 120, trailingComma: 'all' }],
    },
  },
  {
    // Plain JavaScript: the exceljs reader that runs in a worker thread, the bin and the scripts.
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
];
