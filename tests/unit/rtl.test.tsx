// @vitest-environment happy-dom
/**
 * Right-to-left readiness: the layout is written in logical CSS properties, so adding an RTL
 * language needs a catalogue (with @@bidi_dir) and no CSS change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { render as renderInto } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getMessage as englishMessage } from './english-messages';
import { StretchCard } from '../../components/StretchCard';
import { mountPage } from '../../components/page';
import { exerciseDataById } from '../../data/exercises';
import { withText } from '../../core/exercise';

/** English text, but the direction an RTL catalogue would give. */
function getMessage(name: string, subs?: string | string[]): string {
  return name === '@@bidi_dir' ? 'rtl' : englishMessage(name, subs);
}

const exercise = (id: string) => withText(exerciseDataById(id)!, (key) => getMessage(key));

/** Inline style properties that pin a side: physical margins, paddings, borders, positions, alignment. */
const PHYSICAL_STYLE = /(^|;|\s)(margin|padding|border)-(left|right)\b|(^|;|\s)(left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)/i;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar');
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('the stretch card in a right-to-left language', () => {
  it('mountPage takes the direction from @@bidi_dir and the language from the UI language', () => {
    document.body.innerHTML = '<main id="app"></main>';
    mountPage(<StretchCard exercise={exercise('neck-release')}><button>Done</button></StretchCard>, 'Limber');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.querySelector('#card-name')!.textContent).toBe('Side neck stretch');
    // Unmounted, not just emptied: a live timer would render again after this test's mocks are gone.
    renderInto(null, document.getElementById('app')!);
    document.body.innerHTML = '';
  });

  it.each(['neck-release', 'seated-twist', 'shoulder-blade-squeeze'])('%s: no inline style pins a physical side, no dir or align attribute overrides the page', (id) => {
    document.documentElement.dir = 'rtl';
    const { container } = render(<StretchCard exercise={exercise(id)} shortcuts={{ done: () => undefined }}><button>Done</button></StretchCard>);
    const card = container.querySelector('article')!;
    // The card takes its direction from the page: the nearest dir is the document's.
    expect(card.closest('[dir]')).toBe(document.documentElement);
    expect(document.documentElement.dir).toBe('rtl');
    const everything = [card, ...card.querySelectorAll('*')];
    expect(everything.length).toBeGreaterThan(10);
    for (const el of everything) {
      const style = el.getAttribute('style') ?? '';
      expect(style, `${el.tagName}.${el.getAttribute('class')}`).not.toMatch(PHYSICAL_STYLE);
      // A dir on an element would fix its direction whatever the page's language; align is physical.
      expect(el.hasAttribute('dir'), `${el.tagName} dir`).toBe(false);
      expect(el.hasAttribute('align'), `${el.tagName} align`).toBe(false);
    }
  });
});

/** Every stylesheet the pages load. */
function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

/**
 * Physical properties a stylesheet must not use, with the logical one to use instead. A line may
 * keep one when it carries the comment `rtl-ok: <reason>`.
 */
const RULES: readonly [RegExp, string][] = [
  [/(^|[\s;{])(margin|padding)-(left|right)\s*:/, 'margin-/padding-inline-start/end'],
  [/(^|[\s;{])border-(left|right)(-\w+)?\s*:/, 'border-inline-start/end'],
  [/(^|[\s;{])border-(top|bottom)-(left|right)-radius\s*:/, 'border-start-start-radius and friends'],
  [/(^|[\s;{])(left|right)\s*:/, 'inset-inline-start/end'],
  [/text-align\s*:\s*(left|right)\b/, 'text-align: start/end'],
  [/(float|clear)\s*:\s*(left|right)\b/, 'float/clear: inline-start/inline-end'],
];

/** `margin`/`padding` with four values whose left and right differ: use -block and -inline. */
function unevenShorthand(code: string): boolean {
  return code.split(/[;{}]/).some((decl) => {
    const m = /^\s*(margin|padding)\s*:\s*(.+?)\s*(!important)?\s*$/.exec(decl);
    const values = m ? m[2]!.split(/\s+/) : [];
    return values.length === 4 && values[1] !== values[3];
  });
}

describe('stylesheets use logical properties', () => {
  const files = [...cssFiles('components'), ...cssFiles('entrypoints')];
  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  it.each(files)('%s', (file) => {
    const problems: string[] = [];
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/rtl-ok:/.test(line)) return;
      const code = line.replace(/\/\*.*?\*\//g, '');
      for (const [rule, instead] of RULES) if (rule.test(code)) problems.push(`${file}:${i + 1}: use ${instead}: ${line.trim()}`);
      if (unevenShorthand(code)) problems.push(`${file}:${i + 1}: use margin-/padding-block and -inline (left and right differ): ${line.trim()}`);
    });
    expect(problems).toEqual([]);
  });
  it('the shorthand rule catches an uneven left and right, and lets an even one pass', () => {
    expect(unevenShorthand('td { color: red; padding: 4px 10px 4px 0; }')).toBe(true);
    expect(unevenShorthand('td { padding: 4px 10px 6px 10px; }')).toBe(false);
    expect(unevenShorthand('td { margin: 0 auto; padding: 8px 12px; }')).toBe(false);
    expect(RULES[3]![0].test('.x { left: 0; }')).toBe(true);
    expect(RULES[3]![0].test('.x { inset-inline-start: 0; }')).toBe(false);
  });
});
