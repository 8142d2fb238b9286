// The subpackages of the mini-program, written once: app.config.ts lists them for WeChat, the build
// (config/index.ts) keeps their code out of the main package, and codegen.ts gives each its own operations.
// Build-time data only: no page imports it, so it costs the bundle nothing.
import { STAFF_ROOTS, staffPagesOf } from './features/staff/routes';

export interface Subpackage {
  /** Folder under src/ and first path segment of its pages ('/booking/pages/form/index'). */
  root: string;
  /** Pages relative to the root, as app.json lists them. */
  pages: readonly string[];
  /** Feature folders under src/features whose .graphql operations only this subpackage's pages run. */
  features: readonly string[];
}

export const SUBPACKAGES = [
  {
    // Booking carries the QR library and the forms; the first download stays small without it.
    root: 'booking',
    pages: [
      'pages/form/index',
      'pages/ticket/index',
      'pages/mine/index',
      'pages/visitors/index',
      'pages/group/index',
      'pages/privacy/index',
    ],
    features: ['booking'],
  },
  {
    // 查档: the guided request with its photos, the receipt and timeline, reading-room seats and the certificate
    // with its QR code. The 查档 tab stays a light list in the main package and preloads this.
    root: 'lookup',
    pages: ['pages/apply/index', 'pages/request/index', 'pages/mine/index'],
    // Not 'lookup': that folder is the 查档 tab's, in the main package.
    features: ['lookup-requests'],
  },
  {
    // 消息: the message centre and which WeChat reminders are on. 我的 shows the unread count and preloads this.
    root: 'messages',
    pages: ['pages/index/index'],
    features: ['messages'],
  },
  {
    // 网上展厅 (swiping through exhibits with their images), 编研成果 and an article's own page: reached from the
    // feed, home and exhibitions (which preload this), so their Swiper pages, the article's reading, sharing and
    // engagement code and their operations stay out of the first download.
    root: 'online',
    pages: ['pages/index/index', 'pages/hall/index', 'pages/publications/index', 'pages/article/index'],
    features: ['online-exhibitions'],
  },
  // The staff tools, in four subpackages so that each stays under its 200 KiB budget as pages are added. Which
  // page ships in which is written once, in features/staff/routes.ts. Their code is the one shared feature
  // folder below (STAFF_FEATURES), copied into each of them.
  {
    // The daily work at the desk and the door: home, scan, roster, slots, exhibitions, groups, messages.
    root: 'staff',
    pages: staffPagesOf('staff'),
    features: [],
  },
  {
    // 查档 work: the queue, a request with its attachments and replies, the settings and the working calendar.
    root: 'archive',
    pages: staffPagesOf('archive'),
    features: [],
  },
  {
    // The content studio: articles and online exhibitions with their block and image editors.
    root: 'studio',
    pages: staffPagesOf('studio'),
    features: [],
  },
  {
    // Administration: statistics, staff accounts and passwords, venues, the audit log, exports.
    root: 'admin',
    pages: staffPagesOf('admin'),
    features: [],
  },
] as const satisfies readonly Subpackage[];

export type SubpackageRoot = (typeof SUBPACKAGES)[number]['root'];

/**
 * Feature folders under src/features that pages of several subpackages (and no main-package page) import. A
 * module may ship in one subpackage only, and one subpackage may not require another's files, so the build copies
 * each of their modules, scripts and styles, into every subpackage that imports it (config/index.ts), and codegen
 * writes their operations once, to generated/<name>/operations.ts, which the copies carry along.
 */
export interface SharedFeatures {
  /** Names the generated operations' folder; it must differ from every subpackage root that has features. */
  name: string;
  /** The subpackages whose pages use these features. */
  roots: readonly SubpackageRoot[];
  features: readonly string[];
}

/** The staff tools: one feature folder (StaffGate, the ui kit, every tool) for the four staff subpackages. */
export const STAFF_FEATURES = {
  name: 'staff',
  roots: STAFF_ROOTS,
  features: ['staff'],
} as const satisfies SharedFeatures;

export const SHARED_FEATURES: readonly SharedFeatures[] = [STAFF_FEATURES];

/**
 * Each generated operations file beside the main package's: a subpackage's own features, then each group of
 * shared features. Every feature folder is in one of them at most, so no operation is generated twice (the main
 * package's file takes the rest).
 */
export function operationOutputs(): Array<{ name: string; features: readonly string[] }> {
  const outputs = [
    ...SUBPACKAGES.filter((p) => p.features.length > 0).map((p) => ({ name: p.root, features: p.features })),
    ...SHARED_FEATURES.map((group) => ({ name: group.name, features: group.features })),
  ];
  const features = outputs.flatMap((o) => o.features);
  const names = outputs.map((o) => o.name);
  const twice = [
    ...features.filter((f, i) => features.indexOf(f) !== i),
    ...names.filter((n, i) => names.indexOf(n) !== i),
  ];
  if (twice.length > 0) throw new Error(`packages.ts: listed twice: ${twice.join(', ')}`);
  return outputs;
}

export const SUBPACKAGE_ROOTS: readonly SubpackageRoot[] = SUBPACKAGES.map((p) => p.root);
