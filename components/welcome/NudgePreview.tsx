import type { JSX } from 'preact';
import type { NudgeStyle } from '../../core/settings';

/**
 * A small drawing of the browser with the nudge as that style shows it. Drawn in the theme's
 * colours (welcome.css), so it follows dark mode; decorative, the choice's label says it all.
 */
export function NudgePreview({ style }: { style: NudgeStyle }) {
  return (
    <svg class="nudge-preview" viewBox="0 0 120 76" width="120" height="76" aria-hidden="true" focusable="false" data-style={style}>
      <rect class="np-screen" x="1" y="1" width="118" height="74" rx="6" />
      <path class="np-bar" d="M1 7a6 6 0 0 1 6-6h106a6 6 0 0 1 6 6v9H1z" />
      <rect class="np-field" x="8" y="5" width="66" height="7" rx="3.5" />
      <rect class="np-icon" x="100" y="4" width="9" height="9" rx="2" />
      <rect class="np-line" x="10" y="24" width="52" height="4" rx="2" />
      <rect class="np-line" x="10" y="33" width="44" height="4" rx="2" />
      <rect class="np-line" x="10" y="42" width="48" height="4" rx="2" />
      <rect class="np-line" x="10" y="51" width="36" height="4" rx="2" />
      {NUDGES[style]}
    </svg>
  );
}

const Figure = ({ x, y }: { x: number; y: number }) => (
  <g class="np-figure">
    <circle cx={x} cy={y} r="3" />
    <path d={`M${x} ${y + 4}v9m0 0l-4 6m4-6l4 6m-9-13l5 3l5-3`} />
  </g>
);

const NUDGES: Record<NudgeStyle, JSX.Element> = {
  window: (
    <g class="np-nudge">
      <rect x="66" y="22" width="44" height="48" rx="4" />
      <path class="np-strip" d="M66 26a4 4 0 0 1 4-4h36a4 4 0 0 1 4 4v3H66z" />
      <Figure x={88} y={37} />
    </g>
  ),
  popup: (
    <g class="np-nudge">
      <path d="M101 16l3.5-3.5L108 16h7a3 3 0 0 1 3 3v38a3 3 0 0 1-3 3H77a3 3 0 0 1-3-3V19a3 3 0 0 1 3-3z" />
      <Figure x={96} y={26} />
      <rect class="np-button" x="80" y="48" width="32" height="6" rx="3" />
    </g>
  ),
  notification: (
    <g class="np-nudge">
      <rect x="54" y="48" width="60" height="22" rx="4" />
      <rect class="np-text" x="59" y="52" width="34" height="4" rx="2" />
      <rect class="np-button" x="59" y="60" width="24" height="6" rx="3" />
      <rect class="np-button" x="86" y="60" width="22" height="6" rx="3" />
    </g>
  ),
  badge: (
    <g class="np-nudge np-badge">
      <circle cx="109" cy="12" r="5.5" />
      <text x="109" y="14.6" text-anchor="middle">!</text>
    </g>
  ),
};
