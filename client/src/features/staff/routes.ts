// Every staff page, with the staff subpackage it ships in, so a staff path is spelled once: the staff tools link
// through staffRoutes, and client/src/packages.ts lists each staff subpackage's pages from STAFF_PAGES.
// Moving a page to another staff subpackage is moving its folder (src/<root>/pages/<page>/) and its entry here.
// Imports nothing: the build reads this file too (through packages.ts).

/** The staff subpackages: the desk and the door, 查档 work, the content studio, administration. */
export const STAFF_ROOTS = ['staff', 'archive', 'studio', 'admin'] as const;
export type StaffRoot = (typeof STAFF_ROOTS)[number];

/** Each staff page as app.json names it: `<root>/pages/<page>/index`. */
export const STAFF_PAGES = {
  home: 'staff/pages/index/index',
  scan: 'staff/pages/scan/index',
  roster: 'staff/pages/roster/index',
  slots: 'staff/pages/slots/index',
  exhibitions: 'staff/pages/exhibitions/index',
  exhibitionEdit: 'staff/pages/exhibition-edit/index',
  groups: 'staff/pages/groups/index',
  lookupQueue: 'archive/pages/lookup-queue/index',
  lookupRequest: 'archive/pages/lookup-request/index',
  messages: 'staff/pages/messages/index',
  content: 'studio/pages/content/index',
  articleEdit: 'studio/pages/article-edit/index',
  onlineEdit: 'studio/pages/online-edit/index',
  stats: 'admin/pages/stats/index',
  lookupSettings: 'archive/pages/lookup-settings/index',
  workingCalendar: 'archive/pages/working-calendar/index',
  venue: 'admin/pages/venue/index',
  audit: 'admin/pages/audit/index',
  accounts: 'admin/pages/accounts/index',
  accountEdit: 'admin/pages/account-edit/index',
  password: 'admin/pages/password/index',
  exports: 'admin/pages/exports/index',
} as const satisfies Record<string, `${StaffRoot}/pages/${string}/index`>;

const q = encodeURIComponent;
const at = (page: keyof typeof STAFF_PAGES, query = '') => `/${STAFF_PAGES[page]}${query}`;

export const staffRoutes = {
  home: () => at('home'),
  scan: () => at('scan'),
  roster: (slotId: string) => at('roster', `?slotId=${q(slotId)}`),
  slots: (exhibitionId?: string, date?: string) =>
    at('slots', exhibitionId ? `?exhibitionId=${q(exhibitionId)}${date ? `&date=${date}` : ''}` : ''),
  exhibitions: () => at('exhibitions'),
  exhibitionEdit: (id?: string) => at('exhibitionEdit', id ? `?id=${q(id)}` : ''),
  groups: () => at('groups'),
  stats: () => at('stats'),
  lookupQueue: () => at('lookupQueue'),
  lookupRequest: (id: string) => at('lookupRequest', `?id=${q(id)}`),
  lookupSettings: () => at('lookupSettings'),
  workingCalendar: () => at('workingCalendar'),
  messages: () => at('messages'),
  content: (tab?: 'ARTICLES' | 'ONLINE') => at('content', tab ? `?tab=${tab}` : ''),
  articleEdit: (id?: string) => at('articleEdit', id ? `?id=${q(id)}` : ''),
  onlineEdit: (id?: string) => at('onlineEdit', id ? `?id=${q(id)}` : ''),
  venue: (exhibitionId?: string) => at('venue', exhibitionId ? `?exhibitionId=${q(exhibitionId)}` : ''),
  audit: () => at('audit'),
  accounts: () => at('accounts'),
  accountEdit: (id?: string) => at('accountEdit', id ? `?id=${q(id)}` : ''),
  password: () => at('password'),
  exports: () => at('exports'),
};

/** The pages of one staff subpackage, relative to its root as app.json lists them ('pages/scan/index'). */
export function staffPagesOf(root: StaffRoot): string[] {
  const prefix = `${root}/`;
  return Object.values(STAFF_PAGES)
    .filter((page) => page.startsWith(prefix))
    .map((page) => page.slice(prefix.length));
}
