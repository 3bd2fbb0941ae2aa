/**
 * A picture spec to its SVG: every keyframe side by side, each a view (`#k0`, `#k1`, ...) the
 * page can show on its own layer, and `#still`, the stretch with its motion arrow. Colours come
 * from the SVG's own stylesheet, light and dark (prefers-color-scheme), so it follows the theme.
 */
import { arrowShapes } from './arrow';
import { viewFrom } from './camera';
import { figureShapes, type FigureShape } from './figure';
import { EMPTY_BOX, circleBox, union, type Box, type Cmd, type Shape, type Tone } from './geometry';
import { solve } from './kinematics';
import { DARK, LIGHT, type Palette } from './palette';
import type { PictureSpec } from './pose';
import { floorShape, propShapes } from './props';
import { stretchShapes } from './stretch';

/** Each frame's size in the SVG's units. */
export const FRAME = 200;
/** Space left around the drawing inside its frame, scene units. */
const MARGIN = 3;
/** A frame smaller than this (about the upper body's) is a close-up, whose arrow is drawn smaller in scene units. */
const CLOSE_UP = 60;

const CLASS: Record<Tone, string> = { near: 'n', far: 'f', hair: 'h', face: 'e', palm: 'm', gaze: 'g', stretch: 't', stretchEdge: 'u', prop: 'p', propLine: 'l', soft: 's', arrow: 'a', arrowHead: 'x' };

/** The colours; a palm's only in the pictures that show one. */
function vars(p: Palette, palm: boolean): string {
  return `--b:${p.ground};--n:${p.near};--f:${p.far};--h:${p.hair};--p:${p.prop};--s:${p.soft};--a:${p.arrow}` + (palm ? `;--m:${p.palm}` : '');
}

/** The stylesheet; the rules for a palm and a line of sight only where the picture has one. */
function style(uses: ReadonlySet<Tone>): string {
  const palm = uses.has('palm');
  return `:root{${vars(LIGHT, palm)}}@media (prefers-color-scheme:dark){:root{${vars(DARK, palm)}}}` +
    'path{stroke:var(--b);stroke-width:3.5;stroke-linejoin:round;paint-order:stroke}' +
    '.n,.e{fill:var(--n)}.f{fill:var(--f)}.h{fill:var(--h);fill-rule:evenodd}.p{fill:var(--p)}.s{fill:var(--s)}' +
    (palm ? '.m{fill:var(--m);stroke:none}' : '') +
    (uses.has('gaze') ? '.g{fill:none;stroke:var(--a);stroke-width:2.5;stroke-dasharray:1 6;stroke-linecap:round}' : '') +
    (uses.has('propLine') ? '.l{fill:none;stroke-width:2;stroke-linecap:round}' : '') +
    (uses.has('stretch') ? '.t,.u{fill:none;stroke:var(--a);stroke-width:5;stroke-linecap:round}.u{stroke:var(--b);stroke-width:8.5}' : '') +
    '.e,.h,.x{stroke:none}.x{fill:var(--a)}.a{fill:none;stroke:var(--a);stroke-width:4;stroke-linecap:round}';
}

/** The frame's square, in scene units, around everything that must show, centred. */
function frameOf(box: Box): { x: number; y: number; size: number } {
  const size = Math.max(box[2] - box[0], box[3] - box[1]) + 2 * MARGIN;
  return { x: (box[0] + box[2]) / 2 - size / 2, y: (box[1] + box[3]) / 2 - size / 2, size };
}

function numbers(ns: readonly number[]): string {
  return ns.map((n, i) => (i > 0 && n >= 0 ? ' ' : '') + String(n)).join('');
}

function pathData(cmds: readonly Cmd[], at: (x: number, y: number) => [number, number], k: number): string {
  const r = (n: number) => Math.round(n * k);
  return cmds
    .map((c) => {
      switch (c[0]) {
        case 'M':
        case 'L':
          return c[0] + numbers(at(...c[1]));
        case 'Q':
          return 'Q' + numbers([...at(...c[1]), ...at(...c[2])]);
        case 'A':
          return 'A' + numbers([Math.max(1, r(c[1])), Math.max(1, r(c[2])), Math.round(c[3]), c[4], c[5], ...at(...c[6])]);
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

/** Does the picture's data hold together: 2-4 keyframes, a valid still frame and sequence. */
export function checkSpec(spec: PictureSpec): string[] {
  const n = spec.keyframes.length;
  const problems: string[] = [];
  if (n < 2 || n > 4) problems.push(`${n} keyframes (2 to 4)`);
  if (!Number.isInteger(spec.still) || spec.still < 0 || spec.still >= n) problems.push(`still ${spec.still} is not a keyframe`);
  for (const i of spec.sequence ?? []) if (!Number.isInteger(i) || i < 0 || i >= n) problems.push(`sequence names keyframe ${i}`);
  if (spec.sequence && spec.sequence.length < 2) problems.push('a sequence of fewer than 2 steps');
  if (spec.sequence && !spec.sequence.includes(spec.still)) problems.push('the still keyframe is not in the sequence');
  if (spec.arrow.from !== undefined && (spec.arrow.from === spec.still || !(spec.arrow.from in spec.keyframes))) problems.push(`arrow from ${spec.arrow.from}`);
  return problems;
}

/** The keyframe the arrow starts from: as given, or the one played before the still keyframe. */
export function arrowStart(spec: PictureSpec): number {
  if (spec.arrow.from !== undefined) return spec.arrow.from;
  const sequence = spec.sequence ?? spec.keyframes.map((_, i) => i);
  const at = sequence.indexOf(spec.still);
  return sequence[(at - 1 + sequence.length) % sequence.length]!;
}

export function renderPicture(spec: PictureSpec, title: string): string {
  const problems = checkSpec(spec);
  if (problems.length) throw new Error(problems.join('; '));
  const view = viewFrom(spec.camera);
  const props = propShapes(spec.props, view);
  const skeletons = spec.keyframes.map(solve);
  const frames = skeletons.map((s, i): FigureShape[] => [
    ...figureShapes(s, view, { blades: spec.blades, face: spec.face, knuckles: spec.knuckles }),
    ...(spec.stretch && i === spec.still ? stretchShapes(s, spec.stretch, view) : []),
  ].sort((a, b) => a.z - b.z));
  const arrowOf = (scale?: number) => arrowShapes(skeletons[arrowStart(spec)]!, skeletons[spec.still]!, spec.arrow, view, scale);
  const focus = spec.focus;
  let arrow: Shape[];
  let frame: ReturnType<typeof frameOf>;
  if (typeof focus === 'object') {
    // A close-up is framed on its joints and its arrow, drawn to the close-up's scale.
    const around = skeletons.flatMap((s) => focus.around.map((joint) => circleBox(view.project(s.joints[joint]), focus.margin))).reduce(union, EMPTY_BOX);
    arrow = arrowOf(Math.min(1, frameOf(around).size / CLOSE_UP));
    frame = frameOf(arrow.reduce<Box>((b, s) => union(b, s.box), around));
  } else {
    arrow = arrowOf();
    // A line of sight may run off the picture to something far away: it doesn't set the frame.
    const figure = frames.flat().filter((s) => s.tone !== 'gaze');
    const framed = focus === 'upper' ? [...figure.filter((s) => !s.legs), ...arrow] : [...props.filter((p) => p.fits), ...figure, ...arrow];
    frame = frameOf(framed.reduce<Box>((b, s) => union(b, s.box), EMPTY_BOX));
  }
  // A close-up leaves out what lies wholly outside its frame (most of the body, often).
  const shows = (s: Shape) => typeof focus !== 'object' ||
    (s.box[2] > frame.x && s.box[0] < frame.x + frame.size && s.box[3] > frame.y && s.box[1] < frame.y + frame.size);
  const inside = props.filter(shows);
  const backdropShapes = spec.props.some((p) => p.kind === 'floor') ? [floorShape(view, frame.x, frame.x + frame.size), ...inside] : inside;
  const k = FRAME / frame.size;
  const at = (x: number, y: number): [number, number] => [Math.round((x - frame.x) * k), Math.round((y - frame.y) * k)];
  const draw = (shapes: readonly Shape[]) =>
    shapes.map((s) => (s.path.length ? `<path class="${CLASS[s.tone]}" d="${pathData(s.path, at, k)}"/>` : '')).join('');

  const n = frames.length;
  const views = [...frames.map((_, i) => `<view id="k${i}" viewBox="${i * FRAME} 0 ${FRAME} ${FRAME}"/>`), `<view id="still" viewBox="${n * FRAME} 0 ${FRAME} ${FRAME}"/>`];
  const backdrop = backdropShapes.length ? '<use href="#p"/>' : '';
  const cell = (i: number, body: string) => `<svg${i ? ` x="${i * FRAME}"` : ''} width="${FRAME}" height="${FRAME}">${body}</svg>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${(n + 1) * FRAME} ${FRAME}">`,
    `<title>${escapeText(title)}</title>`,
    `<style>${style(new Set([...frames.flat().filter(shows), ...backdropShapes].map((s) => s.tone)))}</style>`,
    ...views,
    backdrop ? `<defs><g id="p">${draw(backdropShapes)}</g></defs>` : '',
    ...frames.map((shapes, i) => cell(i, `<g id="g${i}">${backdrop}${draw(shapes.filter(shows))}</g>`)),
    cell(n, `<use href="#g${spec.still}"/>${draw(arrow)}`),
    '</svg>\n',
  ].join('');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
