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

const reactLibraries = [
  'react',
  'react-dom',
  'react-i18next',
  'dexie-react-hooks',
  'antd',
  '@ant-design/icons',
].map((name) => ({ name, message: 'This module runs without React: no React or UI imports.' }));

const rendererZone = [
  {
    group: ['**/main/**', '**/preload/**', '**/platform/**'],
    message: 'The renderer talks to main only through the preload bridge.',
  },
];

const featureZone = [
  {
    group: ['**/app/**'],
    message: 'Only app/ composes the pages: import routes from routing/, never from app/.',
  },
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
      'no-restricted-imports': ['error', { patterns: rendererZone }],
    },
  },
  // Zones inside the renderer. ESLint replaces a rule's options per matching block rather than
  // merging them, so each zone repeats the renderer's own patterns (rendererZone) first.
  {
    // app/ composes the features; a feature reaches routes and clocks below it, never app/.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/app/**', 'renderer/src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererZone, ...featureZone] }],
    },
  },
  {
    // The platform client is below both: it knows neither the account nor the sync engine.
    files: ['renderer/src/platform-api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: reactLibraries,
          patterns: [
            ...rendererZone,
            ...featureZone,
            {
              group: ['**/account/**', '**/sync/**', '!@domain/**'],
              message: 'platform-api/ sits below account/ and sync/ and imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // One direction: sync's pages compose the account's sign-in; the account never imports sync.
    files: ['renderer/src/account/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererZone,
            ...featureZone,
            {
              // Its tests may start the platform harness sync's tests share.
              group: ['**/sync/engine/**', '**/sync/pages/**', '!@domain/**'],
              message:
                'account/ is below sync/: talk to the platform through platform-api/, read the device id from db/mutate.',
            },
          ],
        },
      ],
    },
  },
  {
    // The sync engine and the store run without React, in tests, workers and the bench alike.
    files: ['renderer/src/sync/engine/**/*.ts', 'renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: reactLibraries,
          patterns: [
            ...rendererZone,
            ...featureZone,
            {
              group: ['**/pages/**', '**/account/**', '**/vendors/**', '**/menu/**', '!@domain/**'],
              message: 'The sync engine and the store never import pages or features.',
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
