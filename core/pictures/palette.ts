/**
 * The pictures' colours, light and dark, matched to components/theme.css: `ground` is the card's
 * surface (--surface), which each shape's outline takes so overlapping parts stay apart.
 * tests/unit/core/pictures/palette.test.ts checks their contrast.
 */
export interface Palette {
  readonly ground: string;
  /** The body and the limbs on the near side. */
  readonly near: string;
  /** Limbs on the far side, behind the body. */
  readonly far: string;
  readonly hair: string;
  /** The inside of a hand's palm, where it faces the viewer. */
  readonly palm: string;
  readonly prop: string;
  /** The floor, the mat. */
  readonly soft: string;
  readonly arrow: string;
}

export const LIGHT: Palette = {
  ground: '#ffffff',
  near: '#2f6f5e',
  far: '#6f9d8e',
  hair: '#173a30',
  palm: '#9fcbbb',
  prop: '#87918d',
  soft: '#dfe5e2',
  arrow: '#b4531a',
};

export const DARK: Palette = {
  ground: '#1d2522',
  near: '#93d5bc',
  far: '#4d8473',
  hair: '#467d6b',
  palm: '#3f7767',
  prop: '#75817c',
  soft: '#34403b',
  arrow: '#f2a06b',
};
