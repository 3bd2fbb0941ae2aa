import { defineConfig, type EntrypointGroup } from 'wxt';
import preact from '@preact/preset-vite';
import { MEETING_ORIGINS } from './data/meeting-sites';

/**
 * Firefox only (Chrome warns about the key): a fixed add-on id, so storage.sync and updates follow
 * the user, and the oldest Firefox we support. 140 is the ESR line that first understands
 * data_collection_permissions (which AMO requires of new add-ons; Limber collects nothing).
 * Firefox for Android learnt that key in 142; saying so keeps `web-ext lint` quiet (Limber is a
 * desktop add-on: Android has no windows.create).
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'limber@limber-stretch.org',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
} as const;

// `wxt build --mode e2e` (.output/chrome-mv3-e2e) is the store build plus the e2e tests' hooks
// (platform/build-mode.ts). WXT sets NODE_ENV to the mode's name, which Vite and Preact's preset
// take for a development build (Preact's devtools and debug checks); it stays a production build.
const e2eBuild = process.env.NODE_ENV === 'e2e';
if (e2eBuild) process.env.NODE_ENV = 'production';

/**
 * The store build is minified by terser (its byte budgets are measured on it): 37 s of CPU a build.
 * Builds made only to be tested (the e2e build, and `npm test`'s Firefox build: LIMBER_TEST_BUILD=1)
 * take esbuild's, in a third of that; the same code, a few hundred bytes larger.
 */
const testBuild = e2eBuild || process.env.LIMBER_TEST_BUILD === '1';
const STORE_MINIFY = {
  minify: 'terser',
  terserOptions: { compress: { passes: 3, toplevel: true, pure_getters: true, unsafe_arrows: true }, mangle: { toplevel: true }, format: { comments: false } },
} as const;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // One manifest shape for both browsers: Firefox MV3 runs the background as an event page.
  manifestVersion: 3,
  // The sources zip AMO's reviewers rebuild from (`wxt zip -b firefox`): no generated output.
  zip: { excludeSources: ['bench-results/**', 'test-results/**', 'docs/screenshots/**', 'store/**'] },
  hooks: {
    // Each page is its own build, so it loads one script and one stylesheet rather than a web of
    // shared chunks: every extra file is a request before the first paint (the card ~8 ms faster).
    // Pages share no code at run time anyway; each is a separate document.
    'entrypoints:grouped': (_wxt, groups) => {
      const oneEach: EntrypointGroup[] = groups.flatMap((g): EntrypointGroup[] => (Array.isArray(g) ? g.map((page) => [page]) : [g]));
      groups.splice(0, groups.length, ...oneEach);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Illustrations stay separate files, fetched per card, not inlined into every bundle.
    build: { assetsInlineLimit: 0, ...(testBuild ? { minify: 'esbuild' as const } : STORE_MINIFY) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'storage', 'idle', ...(browser === 'firefox' ? [] : ['offscreen'])],
    optional_permissions: ['notifications'],
    // The meeting hold: asked for from the options page only when the user turns it on.
    optional_host_permissions: [...MEETING_ORIGINS],
    commands: {
      'start-stretch': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdStartStretch__' },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && { browser_specific_settings: FIREFOX_SETTINGS }),
  }),
});
