/** axe-core on every page in the dark colour scheme (tests/e2e/axe-pages.ts). */
import { describeAxe } from './axe-pages';

describeAxe('dark');
