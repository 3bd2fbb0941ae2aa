// The production build the bench measures, written to its own folder so it never clobbers
// .output/ (which the e2e tests and other engineers' runs share). Everything else is the product's config.
import { defineConfig } from 'wxt';
import product from '../../wxt.config';

export default defineConfig({
  ...product,
  outDir: 'bench-results/build',
});
