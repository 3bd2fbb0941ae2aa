/// <reference types="vite/client" />

/**
 * URLs of the exercise illustrations, keyed by exercise id.
 * Each SVG is single-colour (black on transparent) so the UI can use it as a
 * CSS mask filled with `currentColor`.
 */
const modules = import.meta.glob<string>('./illustrations/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const ILLUSTRATION_URLS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Object.entries(modules).map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.svg$/, ''), url]),
  ),
);
