// ESLint (flat config): typescript-eslint's recommended rules, and the layers as lint rules.
//
//   entrypoints/  components/   wiring and UI: pages, the background, presentational components
//   platform/                   the only code that touches the browser (browser.*, IndexedDB)
//   core/  data/                pure logic and content: no browser, no clock, no I/O
//
// Each folder lists what it may not import; a dynamic import() is held to the same list. Only
// platform/ and the background's listener wiring (entrypoints/background/index.ts) may reach
// the browser, by import or through the `browser`/`chrome` globals.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_WIRING = ['platform/**/*.ts', 'entrypoints/background/index.ts'];

const BROWSER_APIS = {
  regex: '^(wxt/browser|webextension-polyfill|idb-keyval)(/.*)?$',
  message: 'Only platform/ (and the background\'s listener wiring) touches the browser: call a platform/ module.',
};
const ENTRYPOINTS = { regex: '(^|/)entrypoints(/|$)', message: 'Nothing imports a page or the background: move what is shared to components/, platform/ or core/.' };
const COMPONENTS = { regex: '(^|/)components(/|$)', message: 'components/ is UI: a lower layer may not import it.' };
const PLATFORM = { regex: '(^|/)platform(/|$)', message: 'core/ and data/ are pure: the caller does the I/O through platform/ and passes the result in.' };
/** Components may use the words (t(), the exercises' texts), which are synchronous lookups; any other platform module is I/O. */
const PLATFORM_IO = {
  regex: '(^|/)platform/(?!(i18n|exercises)$)',
  message: 'Components take props and raise events: the page (entrypoints/) does the I/O through platform/.',
};

/** Forbids static and dynamic imports whose source matches one of `patterns`. */
function forbidImports(files, patterns, extra = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }],
      'no-restricted-syntax': [
        'error',
        ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`, message })),
        ...extra,
      ],
    },
  };
}

/** core/ and data/ never read the clock or roll dice: time and randomness are arguments. */
const NO_CLOCK = [
  { selector: 'MemberExpression[object.name="Date"][property.name="now"]', message: 'core/ and data/ take `now` as an argument.' },
  { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'core/ and data/ take `now` as an argument.' },
  { selector: 'MemberExpression[object.name="Math"][property.name="random"]', message: 'core/ and data/ take a random source as an argument.' },
  { selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/]', message: 'core/ and data/ have no timers: the shell schedules.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'bench-results/', 'test-results/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Node scripts (build, bench, screenshots): plain JavaScript run by Node.
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
  {
    // TypeScript checks undefined names itself (and knows the DOM's); ESLint's rule only misfires on types.
    files: ['**/*.{ts,tsx,mts}'],
    rules: { 'no-undef': 'off' },
  },

  // The layers.
  forbidImports(['core/**', 'data/**'], [PLATFORM, COMPONENTS, ENTRYPOINTS, BROWSER_APIS], NO_CLOCK),
  forbidImports(['platform/**'], [COMPONENTS, ENTRYPOINTS]),
  forbidImports(['components/**'], [PLATFORM_IO, ENTRYPOINTS, BROWSER_APIS]),
  forbidImports(['entrypoints/**'], [BROWSER_APIS]),
  // The background's listener wiring registers the browser's events itself, synchronously at start.
  forbidImports(['entrypoints/background/index.ts'], []),
  {
    files: ['core/**', 'data/**', 'components/**', 'entrypoints/**'],
    ignores: BROWSER_WIRING,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Only platform/ (and the background\'s listener wiring) touches the browser.' },
        { name: 'chrome', message: 'Only platform/ (and the background\'s listener wiring) touches the browser.' },
      ],
    },
  },
);
