import { ILLUSTRATION_URLS } from '../data/illustrations';
import './Illustration.css';

/** The pose as a single-colour picture: a CSS mask filled with the text colour, so it follows the theme. */
export function Illustration({ exerciseId, alt, size = 120 }: { exerciseId: string; alt: string; size?: number }) {
  const url = ILLUSTRATION_URLS[exerciseId];
  if (!url) return null;
  const image = `url("${url}")`;
  return (
    <div
      class="illustration"
      role="img"
      aria-label={alt}
      style={{ width: `${size}px`, height: `${size}px`, maskImage: image, WebkitMaskImage: image }}
    />
  );
}
