/// <reference types="vite/client" />
/**
 * True only in the end-to-end tests' build (`wxt build --mode e2e`, written to
 * .output/chrome-mv3-e2e). Vite replaces `import.meta.env.MODE` when it builds, so in the store
 * build (`wxt build`) every branch guarded by this is dead code and the minifier drops it: the
 * hooks that let a headless browser do what only a person can (click a system notification, press
 * a browser shortcut, hear a chime) never reach users. `scripts/check-test-hooks.mjs` checks that.
 */
export const E2E_BUILD = import.meta.env.MODE === 'e2e';
