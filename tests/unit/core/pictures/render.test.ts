// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PictureSpec } from '../../../../core/pictures/pose';
import { FRAME, arrowStart, checkSpec, renderPicture } from '../../../../core/pictures/render';

const standing = { at: [0, 53.2] } as const;
const SPEC: PictureSpec = {
  props: [{ kind: 'floor' }, { kind: 'chair', at: [-30, 0] }],
  keyframes: [standing, { ...standing, armR: { flex: 170 } }, { ...standing, armR: { flex: 90 } }],
  sequence: [0, 1, 2, 1],
  still: 1,
  arrow: { joint: 'handR' },
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('a picture drawn from its spec', () => {
  const svg = renderPicture(SPEC, 'A person raising an arm & <more>');
  const doc = parse(svg);

  it('lays the keyframes side by side, a view each, and the still picture last', () => {
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${4 * FRAME} ${FRAME}`);
    const views = [...doc.getElementsByTagName('view')].map((v) => [v.getAttribute('id'), v.getAttribute('viewBox')]);
    expect(views).toEqual([['k0', `0 0 ${FRAME} ${FRAME}`], ['k1', `${FRAME} 0 ${FRAME} ${FRAME}`], ['k2', `${2 * FRAME} 0 ${FRAME} ${FRAME}`], ['still', `${3 * FRAME} 0 ${FRAME} ${FRAME}`]]);
  });

  it('clips each keyframe to its own frame and draws the props once for all of them', () => {
    const cells = [...doc.documentElement.children].filter((c) => c.nodeName === 'svg');
    expect(cells.map((c) => [c.getAttribute('x') ?? '0', c.getAttribute('width')])).toEqual([0, 1, 2, 3].map((i) => [String(i * FRAME), String(FRAME)]));
    expect(doc.querySelectorAll('defs #p')).toHaveLength(1);
    expect(svg.match(/<use href="#p"\/>/g)).toHaveLength(3);
  });

  it('shows the still keyframe again with an arrow (its line and its head) in the still picture', () => {
    const still = [...doc.documentElement.children].filter((c) => c.nodeName === 'svg')[3]!;
    expect(still.querySelector('use')?.getAttribute('href')).toBe('#g1');
    expect(still.querySelectorAll('path.a')).toHaveLength(1);
    expect(still.querySelectorAll('path.x')).toHaveLength(1);
  });

  it('paints the figure in near and far tones, with hair, from its own light and dark stylesheet', () => {
    expect(doc.querySelectorAll('#g0 path.n').length).toBeGreaterThan(2);
    expect(doc.querySelectorAll('#g0 path.f').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('#g0 path.h')).toHaveLength(1);
    const style = doc.querySelector('style')?.textContent ?? '';
    expect(style).toContain('@media (prefers-color-scheme:dark)');
  });

  it('titles it with its text alternative, escaped', () => {
    expect(doc.querySelector('title')?.textContent).toBe('A person raising an arm & <more>');
  });

  it('is the same every time (the committed files can be checked)', () => {
    expect(renderPicture(SPEC, 'A person raising an arm & <more>')).toBe(svg);
  });
});

describe('a picture spec', () => {
  it('starts the arrow from the keyframe played before the still one', () => {
    expect(arrowStart(SPEC)).toBe(0);
    expect(arrowStart({ ...SPEC, still: 2 })).toBe(1);
    expect(arrowStart({ ...SPEC, sequence: undefined, still: 0 })).toBe(2);
    expect(arrowStart({ ...SPEC, arrow: { joint: 'handR', from: 2 } })).toBe(2);
  });

  it('is refused with 1 or 5 keyframes, a still or arrow keyframe that does not exist, or a sequence that skips the still one', () => {
    expect(checkSpec(SPEC)).toEqual([]);
    expect(checkSpec({ ...SPEC, keyframes: [standing] })).not.toEqual([]);
    expect(checkSpec({ ...SPEC, keyframes: [standing, standing, standing, standing, standing] })).not.toEqual([]);
    expect(checkSpec({ ...SPEC, still: 3 })).not.toEqual([]);
    expect(checkSpec({ ...SPEC, sequence: [0, 2] })).not.toEqual([]);
    expect(checkSpec({ ...SPEC, arrow: { joint: 'handR', from: 1 } })).not.toEqual([]);
    expect(() => renderPicture({ ...SPEC, still: 7 }, '')).toThrow(/still/);
  });
});

describe('the props', () => {
  const lying = { at: [0, 6.2], lean: -90 } as const;
  const withProps = (props: PictureSpec['props']) => parse(renderPicture({ props, keyframes: [lying, lying], still: 0, arrow: { joint: 'head' } }, ''));
  const propPaths = (doc: Document) => [...doc.querySelectorAll('#p path')];

  it('draws each kind, chair, desk, mat, folded blanket, door frame, wall, rolled towel and floor, once behind every keyframe', () => {
    const kinds: PictureSpec['props'] = [
      { kind: 'chair', at: [-40, 0] }, { kind: 'desk', at: [60, 0], facing: 180 }, { kind: 'mat', from: -50, to: 50 },
      { kind: 'pad', from: -50, to: -38 }, { kind: 'door', x: 80 }, { kind: 'wall', x: 120 }, { kind: 'towel', at: [-20, 0] }, { kind: 'floor' },
    ];
    const doc = withProps(kinds);
    // One path each, and the spiral on the end of the towel, which faces this viewer.
    expect(propPaths(doc)).toHaveLength(kinds.length + 1);
    expect(doc.querySelectorAll('#p path.l')).toHaveLength(1);
    for (const path of propPaths(doc)) expect(path.getAttribute('d')).toMatch(/^M[\d-]/);
    expect(doc.querySelectorAll('use[href="#p"]')).toHaveLength(2);
  });

  it('shows a rolled towel\'s spiral only where its end faces the viewer, with its rule in the stylesheet', () => {
    const towel: PictureSpec['props'] = [{ kind: 'towel', at: [-20, 0], radius: 5, length: 50 }];
    const endOn = withProps(towel);
    expect(endOn.querySelectorAll('#p path.l')).toHaveLength(1);
    expect(endOn.querySelector('style')?.textContent).toContain('.l{');
    const fromAbove = parse(renderPicture({ camera: { yaw: 90, pitch: 30 }, props: towel, keyframes: [{ at: [0, 6.2], lean: -90 }, { at: [0, 6.2], lean: -90 }], still: 0, arrow: { joint: 'head' } }, ''));
    expect(fromAbove.querySelectorAll('#p path.l')).toHaveLength(0);
    expect(fromAbove.querySelector('style')?.textContent).not.toContain('.l{');
  });

  it('frames the picture around the figure and its props, but not around a wall or the floor', () => {
    // Where the figure lands in its frame tells how the frame was fitted.
    const figure = (doc: Document) => doc.querySelector('#g0 path.n')!.getAttribute('d');
    const bare = withProps([]);
    expect(figure(withProps([{ kind: 'wall', x: 200 }, { kind: 'floor' }]))).toBe(figure(bare));
    expect(figure(withProps([{ kind: 'chair', at: [150, 0] }]))).not.toBe(figure(bare));
  });
});

describe('a close-up', () => {
  const standing = { at: [0, 53.2] } as const;
  const raised = { flex: 60, elbow: 110, pronate: 180 } as const;
  const spec: PictureSpec = {
    camera: { yaw: 90 },
    focus: { around: ['handL', 'handR'], margin: 3 },
    props: [{ kind: 'floor' }],
    keyframes: [{ ...standing, armL: raised, armR: raised }, { ...standing, armL: { ...raised, hand: 'fan' }, armR: { ...raised, hand: 'fan' } }],
    still: 1,
    arrow: { joint: 'handR' },
  };
  const doc = parse(renderPicture(spec, ''));

  it('frames its joints and cuts off the rest: the legs far below the raised hands are left out', () => {
    const whole = parse(renderPicture({ ...spec, focus: undefined }, ''));
    expect(doc.querySelectorAll('#g0 path').length).toBeLessThan(whole.querySelectorAll('#g0 path').length);
  });

  it('draws the fingers, and the inside of a palm that faces the viewer in its own tone, with its rule in the stylesheet', () => {
    expect(doc.querySelectorAll('#g1 path.m').length).toBe(2);
    expect(doc.querySelector('style')?.textContent).toContain('.m{');
  });

  it('keeps the palm and line-of-sight rules out of a picture without them', () => {
    const plain = parse(renderPicture({ ...SPEC_PLAIN }, '')).querySelector('style')?.textContent ?? '';
    expect(plain).not.toContain('.m{');
    expect(plain).not.toContain('.g{');
  });
});

const SPEC_PLAIN: PictureSpec = { props: [], keyframes: [{ at: [0, 53.2] }, { at: [0, 53.2], armR: { flex: 90 } }], still: 1, arrow: { joint: 'handR' } };

describe('a line of sight', () => {
  it('is drawn dashed from the eyes to where the pose looks, without widening the frame', () => {
    const looking: PictureSpec = { ...SPEC_PLAIN, keyframes: [SPEC_PLAIN.keyframes[0]!, { ...SPEC_PLAIN.keyframes[1]!, lookAt: [400, 90, 0] }] };
    const doc = parse(renderPicture(looking, ''));
    expect(doc.querySelectorAll('#g1 path.g')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).toContain('stroke-dasharray');
    const body = (d: Document) => d.querySelector('#g0 path.n')!.getAttribute('d');
    expect(body(doc)).toBe(body(parse(renderPicture(SPEC_PLAIN, ''))));
  });
});

describe('the desk props for the eyes', () => {
  it('draws a window and a screen', () => {
    const doc = parse(renderPicture({ ...SPEC_PLAIN, props: [{ kind: 'window', at: [40, 80, -40], facing: -90 }, { kind: 'screen', at: [40, 41.4], facing: 180 }] }, ''));
    expect(doc.querySelectorAll('#p path')).toHaveLength(2);
  });
});

describe('the marks a picture may ask for', () => {
  const standing = { at: [0, 53.2] } as const;
  const paths = (svg: string, layer: string, cls: string) => parse(svg).querySelectorAll(`#${layer} path.${cls}`).length;

  it('draws the shoulder blades, only when asked and only where the back faces the viewer', () => {
    const spec: PictureSpec = { camera: { yaw: -90 }, props: [], keyframes: [standing, { ...standing, armR: { retract: 3 }, armL: { retract: 3 } }], still: 1, arrow: { joint: 'bladeR' } };
    const plainBack = renderPicture(spec, '');
    const blades = renderPicture({ ...spec, blades: true }, '');
    const bladesFront = renderPicture({ ...spec, blades: true, camera: { yaw: 90 } }, '');
    expect(paths(blades, 'g0', 'f') - paths(plainBack, 'g0', 'f')).toBe(2);
    expect(paths(bladesFront, 'g0', 'f')).toBe(paths(renderPicture({ ...spec, camera: { yaw: 90 } }, ''), 'g0', 'f'));
  });

  it('draws a paired arrow for the joint on each side', () => {
    const spec: PictureSpec = { camera: { yaw: 90 }, props: [], keyframes: [standing, { ...standing, armR: { abduct: 90 }, armL: { abduct: 90 } }], still: 1, arrow: { joint: 'handR', shift: [4, 0] } };
    const still = (svg: string) => [...parse(svg).documentElement.children].filter((c) => c.nodeName === 'svg')[2]!;
    expect(still(renderPicture(spec, '')).querySelectorAll('path.x')).toHaveLength(1);
    expect(still(renderPicture({ ...spec, arrow: { ...spec.arrow, both: true } }, '')).querySelectorAll('path.x')).toHaveLength(2);
  });

  it('marks the nose inside the outline of a face seen from the front, when asked', () => {
    const spec: PictureSpec = { camera: { yaw: 90 }, props: [], keyframes: [standing, { ...standing, armR: { flex: 90 } }], still: 1, arrow: { joint: 'handR' } };
    expect(paths(renderPicture(spec, ''), 'g0', 'e')).toBe(1);
    expect(paths(renderPicture({ ...spec, face: true }, ''), 'g0', 'e')).toBe(0);
    expect(paths(renderPicture({ ...spec, face: true }, ''), 'g0', 'h')).toBe(2);
  });

  it('marks the knuckles on the back of the chosen hand, where it faces the viewer', () => {
    const palmDown = { flex: 90, pronate: 180, hand: 'open' } as const;
    const spec: PictureSpec = { camera: { yaw: 0, pitch: 60 }, props: [], keyframes: [{ ...standing, armR: palmDown }, { ...standing, armR: { ...palmDown, wrist: 30 } }], still: 1, arrow: { joint: 'handR' } };
    const marked = renderPicture({ ...spec, knuckles: 'R' }, '');
    expect(paths(marked, 'g0', 'h') - paths(renderPicture(spec, ''), 'g0', 'h')).toBe(4);
    expect(paths(renderPicture({ ...spec, knuckles: 'L' }, ''), 'g0', 'h')).toBe(paths(renderPicture(spec, ''), 'g0', 'h'));
  });

  it('marks where the stretch is felt on the still keyframe only, edged in the card\'s colour', () => {
    const spec: PictureSpec = { props: [], keyframes: [standing, { ...standing, lean: 60 }], still: 1, arrow: { joint: 'head' }, stretch: { along: ['hipR', 'kneeR'], offset: -2 } };
    const svg = renderPicture(spec, '');
    expect(paths(svg, 'g0', 't')).toBe(0);
    expect(paths(svg, 'g1', 't')).toBe(1);
    expect(paths(svg, 'g1', 'u')).toBe(1);
    expect(parse(svg).querySelector('style')?.textContent).toContain('.t,.u{');
    expect(parse(renderPicture({ ...spec, stretch: undefined }, '')).querySelector('style')?.textContent).not.toContain('.t,');
  });
});
