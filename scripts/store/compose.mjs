// The store images that frame real screenshots: a headline beside the break card or the toolbar
// popup, and the promo tiles. Each is an HTML page the store script renders at the exact size.
// Colours are the extension's light theme (components/theme.css).

const C = { bg: '#f7f5f0', soft: '#dcebe5', text: '#1d2a26', muted: '#4f5d58', accent: '#2f6f5e', border: '#d5d9d4' };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** One flat disc of the soft accent behind the picture side (flat colours keep the PNGs small). */
const disc = `<div style="position:absolute;right:-220px;top:-160px;width:1040px;height:1040px;border-radius:50%;background:${C.soft}"></div>`;
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const sized = (svg, size) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);

function page(width, height, background, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    * { box-sizing: border-box; }
    html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
    body { background: ${background}; color: ${C.text}; font-family: ${FONT}; }
    h1, p { margin: 0; }
    .brand { display: flex; align-items: center; gap: 14px; font-weight: 700; }
  </style></head><body>${body}</body></html>`;
}

/** The break card in its window, with a headline: 1280x800. */
export function cardScene({ icon, card, title, caption, sub }) {
  return page(1280, 800, C.bg, `${disc}
    <div style="position:relative;display:flex;align-items:center;gap:80px;height:100%;padding:0 96px">
      <div style="flex:1;display:grid;gap:24px">
        <div class="brand" style="font-size:30px">${sized(icon, 56)}Limber</div>
        <h1 style="font-size:52px;line-height:1.12">${escape(caption)}</h1>
        <p style="font-size:24px;line-height:1.4;color:${C.muted}">${escape(sub)}</p>
      </div>
      <div style="flex:none;border-radius:12px;overflow:hidden;background:#fff;box-shadow:0 28px 70px rgb(29 42 38 / 28%);border:1px solid ${C.border}">
        <div style="height:32px;display:flex;align-items:center;gap:8px;padding:0 12px;background:#e8ebe8;font-size:14px;color:${C.muted}">
          <span style="width:11px;height:11px;border-radius:50%;background:#c9cfcb"></span>
          <span style="width:11px;height:11px;border-radius:50%;background:#c9cfcb"></span>
          <span style="margin-inline-start:8px">${escape(title)}</span>
        </div>
        <img src="${card.url}" width="${card.width}" height="${card.height}" style="display:block">
      </div>
    </div>`);
}

/** The toolbar popup hanging from its button (its right edge under the button's, as Chrome places it), with a headline: 1280x800. */
export function popupScene({ icon, popup, badge, caption, sub }) {
  return page(1280, 800, C.bg, `${disc}
    <div style="position:absolute;left:96px;top:0;bottom:0;width:520px;display:grid;gap:24px;align-content:center">
      <div class="brand" style="font-size:30px">${sized(icon, 56)}Limber</div>
      <h1 style="font-size:52px;line-height:1.12">${escape(caption)}</h1>
      <p style="font-size:24px;line-height:1.4;color:${C.muted}">${escape(sub)}</p>
    </div>
    <div style="position:absolute;right:0;top:56px;width:600px;height:52px;background:#e8ebe8;border:1px solid ${C.border};border-right:none;border-radius:12px 0 0 12px;display:flex;align-items:center;gap:12px;padding:0 16px">
      <div style="flex:1;height:32px;border-radius:16px;background:#fff"></div>
      <div style="position:relative;width:32px;height:32px">${sized(icon, 32)}
        <span style="position:absolute;right:-8px;bottom:-6px;min-width:22px;padding:1px 4px;border-radius:6px;background:${C.accent};color:#fff;font:700 12px ${FONT};text-align:center">${escape(badge)}</span>
      </div>
      <div style="width:60px"></div>
    </div>
    <img src="${popup.url}" width="${popup.width}" height="${popup.height}"
      style="position:absolute;right:80px;top:120px;display:block;border-radius:10px;border:1px solid ${C.border};box-shadow:0 28px 70px rgb(29 42 38 / 28%)">`);
}

/** The small promo tile: 440x280. */
export function smallPromo({ icon, tagline }) {
  return page(440, 280, C.accent, `
    <div style="height:100%;display:grid;align-content:center;justify-items:start;gap:18px;padding:0 36px;color:#fff">
      <div class="brand" style="font-size:40px">${sized(icon.replace('fill="#2f6f5e"', 'fill="#24574a"'), 72)}Limber</div>
      <p style="font-size:23px;line-height:1.3;font-weight:600">${escape(tagline)}</p>
    </div>`);
}

/** The marquee: 1400x560, the tagline beside the card and the popup. */
export function marquee({ icon, card, popup, tagline }) {
  const scale = 0.78;
  return page(1400, 560, C.accent, `
    <div style="position:absolute;right:-180px;top:-260px;width:1000px;height:1000px;border-radius:50%;background:#357a67"></div>
    <div style="position:absolute;left:88px;top:0;bottom:0;width:560px;display:grid;align-content:center;gap:26px;color:#fff">
      <div class="brand" style="font-size:60px">${sized(icon.replace('fill="#2f6f5e"', 'fill="#24574a"'), 96)}Limber</div>
      <p style="font-size:34px;line-height:1.25;font-weight:600">${escape(tagline)}</p>
    </div>
    <img src="${card.url}" width="${Math.round(card.width * scale)}" height="${Math.round(card.height * scale)}"
      style="position:absolute;right:400px;top:${Math.round((560 - card.height * scale) / 2)}px;border-radius:12px;box-shadow:0 24px 60px rgb(0 0 0 / 35%)">
    <img src="${popup.url}" width="${Math.round(popup.width * scale)}" height="${Math.round(popup.height * scale)}"
      style="position:absolute;right:80px;top:${Math.round((560 - popup.height * scale) / 2)}px;border-radius:12px;box-shadow:0 24px 60px rgb(0 0 0 / 35%)">`);
}

/** The store icon: the artwork at 96x96 in the middle of a transparent 128x128 square. */
export function storeIcon({ icon }) {
  return page(128, 128, 'transparent', `<div style="padding:16px;width:128px;height:128px">${sized(icon, 96)}</div>`);
}
