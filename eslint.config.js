import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * One folder per place the code runs, and imports never cross the lines below (see the architecture
 * notes). `test/unit/boundaries.test.ts` proves each zone fails on a deliberate bad import.
 */
/** One folder per extension page under src/pages/, beside the registry of their addresses (pages.ts). */
export const pageNames = ['popup', 'options', 'contacts', 'contact', 'conversation', 'employers', 'network', 'import'];

export const boundaryZones = [
  { target: './src/core', from: './src', except: ['./core'], message: 'core is pure: it imports nothing of the other folders.' },
  {
    target: './src/content',
    from: './src',
    except: ['./core', './content'],
    message: 'the capture script imports core only (it is injected into LinkedIn’s page).',
  },
  { target: './src/messaging', from: './src', except: ['./core', './messaging'], message: 'messaging depends on core only.' },
  { target: './src/db', from: './src', except: ['./core', './db'], message: 'db depends on core only.' },
  {
    target: './src/ui',
    from: './src',
    except: ['./core', './ui', './db', './messaging', './pages/pages.ts'],
    message: 'shared UI pieces depend on core, db, messaging and the page registry only.',
  },
  { target: './src/background', from: ['./src/ui'], message: 'the background never imports UI code.' },
  { target: './src/background', from: './src/pages', except: ['./pages.ts'], message: 'the background never imports UI code.' },
  ...pageNames.flatMap((page) => [
    { target: `./src/pages/${page}`, from: './src/background', message: `the ${page} page talks to the background by messages only.` },
    {
      target: `./src/pages/${page}`,
      from: './src/pages',
      except: [`./${page}`, './pages.ts'],
      message: `the ${page} page never imports another page (shared pieces go to src/ui).`,
    },
  ]),
];

/** Test data and helpers live in test/; the tests beside the code may use them, the code never. */
export const testDataZone = {
  target: './src',
  from: './test',
  message: 'test data and helpers stay in test/: production code never imports them.',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-e2e/', 'dist-firefox/', 'packages/', '.tmp/', 'node_modules/', 'screenshots/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'LinkedIn text is data: never render HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'LinkedIn text is data: never render HTML.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'Confab makes no network requests.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...boundaryZones, testDataZone] }] },
  },
  {
    files: ['test/**', 'scripts/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
