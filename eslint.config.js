// Lint rules, including the folder boundaries of the architecture (see README): the shared
// domain code never imports a platform-specific library, the renderer never reaches into main,
// and UI code never writes to Dexie tables except through the mutation layer in renderer/src/db.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformSpecific = [
  'react',
  'react-dom',
  'electron',
  'dexie',
  'dexie-react-hooks',
  'fastify',
  'pg',
  '@electric-sql/pglite',
  'antd',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist-web',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/preload/**', '**/platform/**'],
              message: 'The renderer talks to main only through the preload bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: platformSpecific.map((name) => ({
            name,
            message: 'domain/ is shared by console and platform: no platform-specific imports.',
          })),
          patterns: [
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/platform/**'],
              message: 'domain/ imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // UI code reads through live-query hooks and writes through the mutation layer.
    files: ['renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(put|add|bulkPut|bulkAdd|update|bulkUpdate|delete|bulkDelete|clear)$/][callee.object.type='MemberExpression'][callee.object.object.name=/^(db|vendorDb|directory)$/]",
          message:
            'UI code writes through the mutation layer (renderer/src/db/mutate.ts), never to Dexie tables.',
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'main and preload do not import renderer code.' },
          ],
        },
      ],
    },
  },
);
