// Draws the tab bar's icons (首页, 展览, 查档, 我的) from simple shapes into client/src/assets/tabbar/*.png: 81×81 px as
// WeChat asks, one grey and one teal (selected) each, as palette PNGs of well under 2 KiB, since they ship in the
// main package. Run with `node client/scripts/tab-icons.mjs` after changing a shape or a colour; the PNGs are
// committed. sharp (a dependency of the server) renders the SVG.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/tabbar');
/** The tab bar's text colours in app.config.ts. */
const COLORS = { normal: '#665f54', selected: '#1d4f57' };

// Strokes on a 24-unit grid, drawn 6 px in from the edges of the 81-px image.
const SHAPES = {
  // A roof and a door.
  home: '<path d="M3 11 12 3l9 8"/><path d="M5 9.5V21h14V9.5"/><path d="M10 21v-6h4v6"/>',
  // A hall with a pediment and three columns.
  exhibitions: '<path d="M2 8 12 3l10 5z"/><path d="M3 21h18"/><path d="M5 11v7M12 11v7M19 11v7"/><path d="M3 18h18"/>',
  // A file with a magnifier on it.
  lookup: '<path d="M14 3H5v18h6"/><path d="M14 3l5 5v2"/><circle cx="16" cy="16" r="3.5"/><path d="m18.5 18.5 3 3"/>',
  // A person.
  me: '<circle cx="12" cy="8" r="4.5"/><path d="M3.5 21c1-4.5 4.5-7 8.5-7s7.5 2.5 8.5 7"/>',
};

function svg(shape, color) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="-2 -2 28 28">
  <g fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shape}</g>
</svg>`;
}

mkdirSync(OUT, { recursive: true });
for (const [name, shape] of Object.entries(SHAPES)) {
  for (const [state, color] of Object.entries(COLORS)) {
    const file = join(OUT, state === 'normal' ? `${name}.png` : `${name}-active.png`);
    await sharp(Buffer.from(svg(shape, color)))
      .png({ palette: true, colours: 16, compressionLevel: 9 })
      .toFile(file);
  }
}
console.log(`tab icons written to ${OUT}`);
