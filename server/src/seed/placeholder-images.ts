// Placeholder pictures for the demo content, drawn here instead of downloaded: an SVG motif per theme (an envelope,
// a letter, a stamp, a certificate…) on paper-coloured ground, rendered to JPEG with sharp and stored like any
// upload. The SVGs hold no text: a fresh machine may have no CJK font, and missing glyphs would render as boxes.
// The same theme and variant always draw the same picture.
import sharp from 'sharp';
import { storeMediaImage } from '../platform/media/media.service';
import type { MediaStorage } from '../platform/media/media-storage';

export const PLACEHOLDER_THEMES = [
  'envelope',
  'letter',
  'remittance',
  'stamp',
  'document',
  'certificate',
  'seal',
  'coupon',
  'medal',
  'photo',
  'book',
  'hall',
  'film',
] as const;
export type PlaceholderTheme = (typeof PLACEHOLDER_THEMES)[number];

/** The drawing's coordinates. */
const WIDTH = 1200;
const HEIGHT = 800;
/**
 * The rendered size: the 960 px screen variant exactly (the 1600 px one is never enlarged, so it stays this size).
 * Rendering and re-encoding every demo picture at this size keeps seeding to a couple of seconds.
 */
export const PLACEHOLDER_SIZE = { width: 960, height: 640 } as const;

const PAPERS = ['#f3ead7', '#efe3c8', '#f6efe1', '#eadcc0'];
const INKS = ['#3b3128', '#2f3a44', '#4a3b2f'];
const REDS = ['#b23a2e', '#a5322a', '#c0463a'];
const ACCENTS = ['#2e6b5e', '#3d5a80', '#8a5a2b', '#6b4e8a'];

/** A small deterministic generator (mulberry32), so a variant always draws the same. */
function randomOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], n: number): T => list[((n % list.length) + list.length) % list.length];

interface Palette {
  paper: string;
  ink: string;
  red: string;
  accent: string;
}

/** Rows of soft strokes standing for handwriting or print (no glyphs). */
function strokes(
  random: () => number,
  box: { x: number; y: number; w: number; h: number },
  o: { vertical: boolean; color: string; gap: number; weight: number },
): string {
  const parts: string[] = [];
  const lines = Math.floor((o.vertical ? box.w : box.h) / o.gap);
  for (let i = 0; i < lines; i++) {
    const length = (o.vertical ? box.h : box.w) * (0.45 + random() * 0.5);
    const pos = (o.vertical ? box.x + box.w : box.y) + (o.vertical ? -1 : 1) * (i * o.gap + o.gap / 2);
    parts.push(
      o.vertical
        ? `<rect x="${pos - o.weight / 2}" y="${box.y}" width="${o.weight}" height="${length.toFixed(0)}" rx="${o.weight / 2}" fill="${o.color}" opacity="${(0.45 + random() * 0.3).toFixed(2)}"/>`
        : `<rect x="${box.x}" y="${pos - o.weight / 2}" width="${length.toFixed(0)}" height="${o.weight}" rx="${o.weight / 2}" fill="${o.color}" opacity="${(0.35 + random() * 0.3).toFixed(2)}"/>`,
    );
  }
  return parts.join('');
}

/** A round red seal with a star, as on official papers and receipts. */
function roundSeal(cx: number, cy: number, r: number, color: string): string {
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r * 0.32 : r * 0.13;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  return `<g opacity="0.78"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${color}" stroke-width="${r * 0.08}"/><circle cx="${cx}" cy="${cy}" r="${r * 0.8}" fill="none" stroke="${color}" stroke-width="${r * 0.025}" stroke-dasharray="${r * 0.06} ${r * 0.05}"/><polygon points="${star}" fill="${color}"/></g>`;
}

/** A postage stamp: perforated edge, a small landscape inside. */
function stamp(x: number, y: number, w: number, h: number, p: Palette, random: () => number): string {
  const holes: string[] = [];
  const step = w / 12;
  for (let i = 0; i <= 12; i++) {
    holes.push(`<circle cx="${x + i * step}" cy="${y}" r="${step * 0.28}" fill="${p.paper}"/>`);
    holes.push(`<circle cx="${x + i * step}" cy="${y + h}" r="${step * 0.28}" fill="${p.paper}"/>`);
  }
  for (let i = 0; i <= Math.round(h / step); i++) {
    holes.push(`<circle cx="${x}" cy="${y + i * step}" r="${step * 0.28}" fill="${p.paper}"/>`);
    holes.push(`<circle cx="${x + w}" cy="${y + i * step}" r="${step * 0.28}" fill="${p.paper}"/>`);
  }
  const m = w * 0.1;
  const peak = x + m + (w - 2 * m) * (0.3 + random() * 0.4);
  return `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fbf7ee"/>${holes.join('')}<rect x="${x + m}" y="${y + m}" width="${w - 2 * m}" height="${h - 2 * m}" fill="${p.accent}" opacity="0.85"/><circle cx="${x + w * 0.68}" cy="${y + h * 0.34}" r="${w * 0.09}" fill="#f2c14e"/><polygon points="${x + m},${y + h - m} ${peak},${y + h * 0.42} ${x + w - m},${y + h - m}" fill="#f4ecd8" opacity="0.85"/></g>`;
}

function postmark(cx: number, cy: number, r: number, color: string): string {
  const waves = [0, 1, 2]
    .map((i) => {
      const y = cy - r * 0.3 + i * r * 0.3;
      return `<path d="M ${cx + r * 0.9} ${y} q ${r * 0.4} ${-r * 0.15} ${r * 0.8} 0 t ${r * 0.8} 0 t ${r * 0.8} 0" fill="none" stroke="${color}" stroke-width="${r * 0.05}"/>`;
    })
    .join('');
  return `<g opacity="0.55"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${color}" stroke-width="${r * 0.06}"/><line x1="${cx - r * 0.7}" y1="${cy}" x2="${cx + r * 0.7}" y2="${cy}" stroke="${color}" stroke-width="${r * 0.05}"/>${waves}</g>`;
}

function motif(theme: PlaceholderTheme, p: Palette, random: () => number): string {
  switch (theme) {
    case 'envelope': {
      // A 侨批 envelope: the red strip down the middle where the addressee is written, stamps and a postmark.
      const x = 230;
      const y = 150;
      const w = 740;
      const h = 500;
      return `<rect x="${x + 12}" y="${y + 14}" width="${w}" height="${h}" fill="#000" opacity="0.08"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f8f1e2" stroke="#cbb58f" stroke-width="3"/><rect x="${x + w / 2 - 60}" y="${y + 60}" width="120" height="${h - 120}" fill="${p.red}" opacity="0.85"/>${strokes(random, { x: x + w / 2 - 40, y: y + 90, w: 80, h: h - 190 }, { vertical: true, color: '#f6e7c8', gap: 40, weight: 12 })}${strokes(random, { x: x + 60, y: y + 120, w: 150, h: h - 200 }, { vertical: true, color: p.ink, gap: 50, weight: 9 })}${stamp(x + w - 170, y + 40, 120, 150, p, random)}${postmark(x + w - 250, y + 170, 55, p.ink)}`;
    }
    case 'letter': {
      // A 批信: vertical red-ruled letter paper with columns of brush strokes.
      const x = 300;
      const y = 90;
      const w = 600;
      const h = 620;
      const rules = Array.from(
        { length: 11 },
        (_, i) =>
          `<line x1="${x + 40 + i * 52}" y1="${y + 40}" x2="${x + 40 + i * 52}" y2="${y + h - 40}" stroke="${p.red}" stroke-width="2" opacity="0.55"/>`,
      ).join('');
      return `<rect x="${x + 10}" y="${y + 12}" width="${w}" height="${h}" fill="#000" opacity="0.07"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#faf4e6" stroke="#d8c6a2" stroke-width="2"/>${rules}${strokes(random, { x: x + 66, y: y + 70, w: 500, h: h - 150 }, { vertical: true, color: p.ink, gap: 52, weight: 10 })}${roundSeal(x + 110, y + h - 110, 42, p.red)}`;
    }
    case 'remittance': {
      // A remittance slip: a ruled form, amount boxes and the 批局's seal.
      const x = 170;
      const y = 190;
      const w = 860;
      const h = 420;
      const cells = Array.from(
        { length: 4 },
        (_, i) =>
          `<line x1="${x + 30}" y1="${y + 110 + i * 70}" x2="${x + w - 30}" y2="${y + 110 + i * 70}" stroke="${p.ink}" stroke-width="2" opacity="0.5"/>`,
      ).join('');
      const boxes = Array.from(
        { length: 6 },
        (_, i) =>
          `<rect x="${x + w - 380 + i * 56}" y="${y + 330}" width="44" height="54" fill="none" stroke="${p.red}" stroke-width="3"/>`,
      ).join('');
      return `<rect x="${x + 10}" y="${y + 12}" width="${w}" height="${h}" fill="#000" opacity="0.07"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f9f2df" stroke="${p.accent}" stroke-width="6"/><rect x="${x + 30}" y="${y + 30}" width="${w - 60}" height="50" fill="${p.accent}" opacity="0.18"/>${cells}${strokes(random, { x: x + 60, y: y + 110, w: 520, h: 210 }, { vertical: false, color: p.ink, gap: 70, weight: 12 })}${boxes}${roundSeal(x + w - 150, y + 190, 80, p.red)}`;
    }
    case 'stamp':
      return `${stamp(360, 140, 300, 380, p, random)}${stamp(600, 300, 260, 330, { ...p, accent: pick(ACCENTS, 1 + Math.floor(random() * 4)) }, random)}${postmark(520, 520, 90, p.ink)}`;
    case 'document': {
      // An official document: a red header rule, lines of print and the issuing office's seal.
      const x = 330;
      const y = 70;
      const w = 540;
      const h = 660;
      return `<rect x="${x + 10}" y="${y + 12}" width="${w}" height="${h}" fill="#000" opacity="0.07"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fbf7ee" stroke="#d9ccb0" stroke-width="2"/><rect x="${x + 90}" y="${y + 60}" width="${w - 180}" height="30" rx="6" fill="${p.red}" opacity="0.8"/><line x1="${x + 50}" y1="${y + 130}" x2="${x + w - 50}" y2="${y + 130}" stroke="${p.red}" stroke-width="4"/>${strokes(random, { x: x + 60, y: y + 160, w: w - 120, h: 400 }, { vertical: false, color: p.ink, gap: 40, weight: 9 })}${roundSeal(x + w - 150, y + h - 120, 70, p.red)}`;
    }
    case 'certificate': {
      // A certificate: a double ornamental frame, an emblem, lines and a seal.
      const x = 180;
      const y = 110;
      const w = 840;
      const h = 580;
      const corners = [
        [x + 36, y + 36],
        [x + w - 36, y + 36],
        [x + 36, y + h - 36],
        [x + w - 36, y + h - 36],
      ]
        .map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="16" fill="${p.accent}" opacity="0.8"/>`)
        .join('');
      return `<rect x="${x + 10}" y="${y + 12}" width="${w}" height="${h}" fill="#000" opacity="0.07"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fbf5e4"/><rect x="${x + 20}" y="${y + 20}" width="${w - 40}" height="${h - 40}" fill="none" stroke="${p.accent}" stroke-width="10"/><rect x="${x + 44}" y="${y + 44}" width="${w - 88}" height="${h - 88}" fill="none" stroke="#c9a24a" stroke-width="3"/>${corners}<circle cx="${x + w / 2}" cy="${y + 130}" r="46" fill="${p.red}" opacity="0.85"/><rect x="${x + w / 2 - 170}" y="${y + 200}" width="340" height="28" rx="8" fill="${p.ink}" opacity="0.7"/>${strokes(random, { x: x + 140, y: y + 260, w: w - 280, h: 200 }, { vertical: false, color: p.ink, gap: 44, weight: 9 })}${roundSeal(x + w - 200, y + h - 130, 64, p.red)}`;
    }
    case 'seal': {
      // A square seal and its red impression: a carved pattern, not characters.
      const grid = Array.from({ length: 4 }, (_, i) => {
        const offset = 40 + i * 55;
        return `<rect x="${640 + offset}" y="${250 + 30 + random() * 30}" width="22" height="${180 + random() * 60}" fill="#fbf5e4"/>`;
      }).join('');
      return `<g><rect x="250" y="330" width="260" height="260" rx="18" fill="#8b5a3c"/><rect x="250" y="330" width="260" height="60" rx="18" fill="#a06c48"/><ellipse cx="380" cy="330" rx="95" ry="34" fill="#7a4e33"/><rect x="300" y="170" width="160" height="170" rx="60" fill="#8b5a3c"/></g><rect x="640" y="230" width="320" height="320" rx="10" fill="${p.red}" opacity="0.88"/><rect x="662" y="252" width="276" height="276" rx="6" fill="none" stroke="#fbf5e4" stroke-width="10"/>${grid}<rect x="690" y="460" width="220" height="22" fill="#fbf5e4"/>`;
    }
    case 'coupon': {
      // Ration coupons: small tickets of several colours, fanned out.
      const colours = ['#c95d4a', '#4f8a6e', '#d2a441', '#5a7fb0', '#9a6aa8'];
      return Array.from({ length: 5 }, (_, i) => {
        const cx = 330 + i * 135;
        const cy = 400 + (i % 2 === 0 ? -30 : 30);
        const colour = pick(colours, i + Math.floor(random() * 5));
        return `<g transform="rotate(${(-12 + i * 6).toFixed(0)} ${cx} ${cy})"><rect x="${cx - 120}" y="${cy - 170}" width="240" height="340" rx="10" fill="#fbf5e4" stroke="${colour}" stroke-width="8"/><rect x="${cx - 90}" y="${cy - 140}" width="180" height="70" fill="${colour}" opacity="0.8"/><circle cx="${cx}" cy="${cy + 20}" r="50" fill="none" stroke="${colour}" stroke-width="6"/><rect x="${cx - 80}" y="${cy + 100}" width="160" height="16" rx="8" fill="${p.ink}" opacity="0.5"/></g>`;
      }).join('');
    }
    case 'medal': {
      // A medal on its ribbon, with a star in relief.
      const star = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? 110 : 45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${(600 + r * Math.cos(angle)).toFixed(1)},${(500 + r * Math.sin(angle)).toFixed(1)}`;
      }).join(' ');
      return `<polygon points="470,80 730,80 680,360 520,360" fill="${p.red}"/><rect x="560" y="80" width="30" height="280" fill="#f2c14e"/><rect x="610" y="80" width="30" height="280" fill="#f2c14e"/><circle cx="600" cy="500" r="190" fill="#c9a24a"/><circle cx="600" cy="500" r="160" fill="#ddb85a" stroke="#a8812f" stroke-width="6"/><polygon points="${star}" fill="${p.red}" opacity="0.9"/>`;
    }
    case 'photo': {
      // An old photograph: white border, sepia hills and a two-storey building (an arcade house, 骑楼).
      const hills = `<path d="M 260 520 Q 420 ${330 + random() * 60} 600 470 T 940 ${440 + random() * 40} L 940 600 L 260 600 Z" fill="#8a7356" opacity="0.7"/>`;
      return `<g transform="rotate(${(random() * 6 - 3).toFixed(1)} 600 400)"><rect x="210" y="120" width="780" height="560" fill="#fbf8f0"/><rect x="250" y="160" width="700" height="440" fill="#c9b28f"/><rect x="250" y="160" width="700" height="220" fill="#ddcbaa"/>${hills}<rect x="470" y="330" width="260" height="270" fill="#6e5a42"/><rect x="470" y="300" width="260" height="40" fill="#5c4a36"/>${[0, 1, 2, 3].map((i) => `<rect x="${490 + i * 62}" y="360" width="40" height="70" fill="#d8c6a2"/><rect x="${490 + i * 62}" y="480" width="40" height="120" rx="20" fill="#3f3326"/>`).join('')}</g>`;
    }
    case 'book': {
      // A compiled volume: a cloth cover with an emblem and title blocks, and its spine.
      return `<rect x="392" y="102" width="440" height="610" fill="#000" opacity="0.1"/><rect x="380" y="90" width="440" height="610" fill="${p.accent}"/><rect x="380" y="90" width="46" height="610" fill="#000" opacity="0.18"/><rect x="470" y="160" width="280" height="16" fill="#e7c873"/><rect x="470" y="560" width="280" height="16" fill="#e7c873"/><circle cx="610" cy="300" r="70" fill="none" stroke="#e7c873" stroke-width="8"/><rect x="570" y="260" width="80" height="80" fill="#e7c873" opacity="0.8"/><rect x="500" y="420" width="220" height="26" rx="6" fill="#f6efe1" opacity="0.9"/><rect x="530" y="466" width="160" height="18" rx="6" fill="#f6efe1" opacity="0.7"/>`;
    }
    case 'hall': {
      // An exhibition hall in perspective, framed pieces on its walls.
      const frames = [0, 1, 2]
        .map(
          (i) =>
            `<rect x="${330 + i * 200}" y="250" width="140" height="180" fill="${pick([p.red, p.accent, '#c9a24a'], i + Math.floor(random() * 3))}" opacity="0.75" stroke="#5c4a36" stroke-width="6"/>`,
        )
        .join('');
      return `<polygon points="0,0 260,180 260,620 0,800" fill="#d9c9a8"/><polygon points="1200,0 940,180 940,620 1200,800" fill="#d9c9a8"/><rect x="260" y="180" width="680" height="440" fill="#eadcc0"/><polygon points="0,800 260,620 940,620 1200,800" fill="#b59a72"/>${frames}<rect x="520" y="500" width="160" height="80" fill="#8b6b4a"/><rect x="540" y="480" width="120" height="24" fill="#f6efe1" opacity="0.7"/>`;
    }
    case 'film': {
      // A frame of film (a video poster): sprocket holes and a play mark.
      const holes = Array.from(
        { length: 14 },
        (_, i) =>
          `<rect x="${40 + i * 82}" y="60" width="46" height="34" rx="6" fill="${p.paper}"/><rect x="${40 + i * 82}" y="706" width="46" height="34" rx="6" fill="${p.paper}"/>`,
      ).join('');
      return `<rect x="0" y="30" width="1200" height="740" fill="#2b2622"/>${holes}<rect x="90" y="130" width="1020" height="540" fill="#7a6650"/><path d="M 90 560 Q 400 ${400 + random() * 80} 700 520 T 1110 480 L 1110 670 L 90 670 Z" fill="#5a4a39"/><circle cx="600" cy="400" r="110" fill="#000" opacity="0.35"/><polygon points="565,335 565,465 680,400" fill="#f6efe1"/>`;
    }
  }
}

/** The SVG of a theme's picture (no text). */
export function placeholderSvg(theme: PlaceholderTheme, variant = 0): string {
  const seed = PLACEHOLDER_THEMES.indexOf(theme) * 97 + variant * 13 + 7;
  const random = randomOf(seed);
  const palette: Palette = {
    paper: pick(PAPERS, variant),
    ink: pick(INKS, variant + 1),
    red: pick(REDS, variant),
    accent: pick(ACCENTS, seed),
  };
  const fibres = Array.from({ length: 24 }, () => {
    const y = Math.floor(random() * HEIGHT);
    return `<line x1="0" y1="${y}" x2="${WIDTH}" y2="${y + Math.floor(random() * 40 - 20)}" stroke="#8a6d45" stroke-width="1" opacity="0.06"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PLACEHOLDER_SIZE.width}" height="${PLACEHOLDER_SIZE.height}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><defs><radialGradient id="v" cx="50%" cy="50%" r="75%"><stop offset="60%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#5a4326" stop-opacity="0.22"/></radialGradient></defs><rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.paper}"/>${fibres}${motif(theme, palette, random)}<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#v)"/></svg>`;
}

/** Drawn pictures, kept for the life of the process: a test run seeds many databases with the same pictures. */
const rendered = new Map<string, Promise<Buffer>>();

export function renderPlaceholderJpeg(theme: PlaceholderTheme, variant = 0): Promise<Buffer> {
  const key = `${theme}:${variant}`;
  let jpeg = rendered.get(key);
  if (!jpeg) {
    jpeg = sharp(Buffer.from(placeholderSvg(theme, variant)))
      .jpeg({ quality: 90 })
      .toBuffer();
    // A failed render is not kept: the next seed tries again.
    jpeg.catch(() => rendered.delete(key));
    rendered.set(key, jpeg);
  }
  return jpeg;
}

/**
 * Stores placeholder pictures as the seed asks for them, each (theme, variant) once: the demo reuses a picture
 * wherever the same motif fits, which keeps seeding to a second or two.
 */
export function placeholderImageStore(
  storage: MediaStorage,
): (theme: PlaceholderTheme, variant?: number) => Promise<string> {
  const stored = new Map<string, Promise<string>>();
  return (theme, variant = 0) => {
    const key = `${theme}:${variant}`;
    let path = stored.get(key);
    if (!path) {
      path = renderPlaceholderJpeg(theme, variant).then(async (jpeg) => (await storeMediaImage(storage, jpeg)).path);
      stored.set(key, path);
    }
    return path;
  };
}
