import { ILLUSTRATION_URLS } from '../data/illustrations';
import './Illustration.css';

export interface IllustrationProps {
  readonly exerciseId: string;
  readonly alt: string;
  readonly size?: number;
  /** Drawn the other way round: the second side of a per-side stretch. */
  readonly mirrored?: boolean;
}

/** The pose as a single-colour picture: a CSS mask filled with the text colour, so it follows the theme. */
export function Illustration({ exerciseId, alt, size = 120, mirrored = false }: IllustrationProps) {
  const url = ILLUSTRATION_URLS[exerciseId];
  if (!url) return null;
  const image = `url("${url}")`;
  return (
    <div
      class="illustration"
      role="img"
      aria-label={alt}
      data-mirrored={mirrored}
      style={{ width: `${size}px`, height: `${size}px`, maskImage: image, WebkitMaskImage: image }}
    />
  );
}
