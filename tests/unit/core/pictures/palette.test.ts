import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DARK, LIGHT, type Palette } from '../../../../core/pictures/palette';

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const theme = readFileSync('components/theme.css', 'utf8');
const surface = (dark: boolean) => {
  const block = dark ? theme.slice(theme.indexOf('prefers-color-scheme: dark')) : theme;
  return /--surface:\s*(#[0-9a-f]{6})/i.exec(block)?.[1];
};

describe.each([['light', LIGHT, false], ['dark', DARK, true]] as [string, Palette, boolean][])('the %s palette', (_, p, dark) => {
  it('outlines each part in the card\'s own surface colour, so overlapping parts stay apart', () => {
    expect(p.ground).toBe(surface(dark));
  });

  it('gives the figure, its far limbs, its hair, the props and the arrow at least 3:1 against the card', () => {
    for (const tone of ['near', 'far', 'hair', 'prop', 'arrow'] as const) expect(contrast(p[tone], p.ground), tone).toBeGreaterThanOrEqual(3);
  });

  it('tells near limbs from far ones, and hair from the face', () => {
    expect(contrast(p.near, p.far)).toBeGreaterThanOrEqual(1.8);
    expect(contrast(p.near, p.hair)).toBeGreaterThanOrEqual(1.8);
  });
});
