/// <reference types="vite/client" />

/**
 * URLs of the exercise illustrations, keyed by exercise id. A posed exercise's SVG is drawn from
 * data/poses/ (a view per keyframe, its own colours); the others are single-colour (black on
 * transparent), which the card uses as a CSS mask filled with the accent colour.
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
