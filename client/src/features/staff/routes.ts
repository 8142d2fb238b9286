// Every page of the staff subpackage, so a staff path is spelled once.
const q = encodeURIComponent;

export const staffRoutes = {
  home: () => '/staff/pages/index/index',
  scan: () => '/staff/pages/scan/index',
  roster: (slotId: string) => `/staff/pages/roster/index?slotId=${q(slotId)}`,
  slots: (exhibitionId?: string, date?: string) =>
    `/staff/pages/slots/index${exhibitionId ? `?exhibitionId=${q(exhibitionId)}${date ? `&date=${date}` : ''}` : ''}`,
  exhibitions: () => '/staff/pages/exhibitions/index',
  exhibitionEdit: (id?: string) => `/staff/pages/exhibition-edit/index${id ? `?id=${q(id)}` : ''}`,
  groups: () => '/staff/pages/groups/index',
  stats: () => '/staff/pages/stats/index',
  lookupQueue: () => '/staff/pages/lookup-queue/index',
  lookupRequest: (id: string) => `/staff/pages/lookup-request/index?id=${q(id)}`,
  lookupSettings: () => '/staff/pages/lookup-settings/index',
  workingCalendar: () => '/staff/pages/working-calendar/index',
  messages: () => '/staff/pages/messages/index',
  exports: () => '/staff/pages/exports/index',
  content: (tab?: 'ARTICLES' | 'ONLINE') => `/staff/pages/content/index${tab ? `?tab=${tab}` : ''}`,
  articleEdit: (id?: string) => `/staff/pages/article-edit/index${id ? `?id=${q(id)}` : ''}`,
  onlineEdit: (id?: string) => `/staff/pages/online-edit/index${id ? `?id=${q(id)}` : ''}`,
};
