// Limber's icon, drawn once: the toolbar icons (scripts/make-icons.mjs) and the store icon (scripts/store.mjs).
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#2f6f5e"/>
  <g fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round" stroke-width="11">
    <path d="M64 50 L64 88 M64 88 L48 112 M64 88 L80 112"/>
    <path d="M36 22 L64 56 L92 22"/>
  </g>
  <circle cx="64" cy="34" r="11" fill="#fff"/>
</svg>`;
