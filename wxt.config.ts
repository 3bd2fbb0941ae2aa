import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Illustrations stay separate files, fetched per card, not inlined into every bundle.
    build: { assetsInlineLimit: 0 },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'storage', 'idle'],
    action: { default_title: '__MSG_extName__' },
  },
});
