// The subpackages of the mini-program, written once: app.config.ts lists them for WeChat, the build
// (config/index.ts) keeps their code out of the main package, and codegen.ts gives each its own operations.
// Build-time data only: no page imports it, so it costs the bundle nothing.

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
    pages: ['pages/form/index', 'pages/ticket/index', 'pages/mine/index', 'pages/visitors/index', 'pages/group/index'],
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
    // 网上展厅 (swiping through exhibits with their images) and 编研成果: reached from the feed, articles, home and
    // exhibitions, so their Swiper pages and operations stay out of the first download.
    root: 'online',
    pages: ['pages/index/index', 'pages/hall/index', 'pages/publications/index'],
    features: ['online-exhibitions'],
  },
  {
    root: 'staff',
    pages: [
      'pages/index/index',
      'pages/scan/index',
      'pages/roster/index',
      'pages/slots/index',
      'pages/exhibitions/index',
      'pages/exhibition-edit/index',
      'pages/groups/index',
      'pages/stats/index',
      'pages/lookup-queue/index',
      'pages/lookup-request/index',
      'pages/lookup-settings/index',
      'pages/working-calendar/index',
      'pages/messages/index',
      'pages/exports/index',
      'pages/content/index',
      'pages/article-edit/index',
      'pages/online-edit/index',
    ],
    features: ['staff'],
  },
] as const satisfies readonly Subpackage[];

export type SubpackageRoot = (typeof SUBPACKAGES)[number]['root'];

export const SUBPACKAGE_ROOTS: readonly SubpackageRoot[] = SUBPACKAGES.map((p) => p.root);
