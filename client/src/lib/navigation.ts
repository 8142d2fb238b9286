// Every route of the app in one place, so a page path is never spelled twice.
import Taro from '@tarojs/taro';

export const TAB_ROUTES = {
  home: '/pages/index/index',
  exhibitions: '/pages/exhibitions/index',
  lookup: '/pages/lookup/index',
  me: '/pages/me/index',
} as const;

export const routes = {
  /** An exhibition; `again` (a booking id) carries 再次预约's party through to the booking form of the slot chosen. */
  exhibition: (id: string, options: { again?: string } = {}) =>
    `/pages/exhibition/index?id=${encodeURIComponent(id)}${options.again ? `&again=${encodeURIComponent(options.again)}` : ''}`,
  article: (id: string) => `/online/pages/article/index?id=${encodeURIComponent(id)}`,
  articles: () => '/pages/articles/index',
  /** The booking form for one slot; `waitlist` joins the slot's waiting list instead of booking it. */
  bookingForm: (slotId: string, options: { waitlist?: boolean; again?: string } = {}) =>
    `/booking/pages/form/index?slotId=${encodeURIComponent(slotId)}${options.waitlist ? '&waitlist=1' : ''}${
      options.again ? `&again=${encodeURIComponent(options.again)}` : ''
    }`,
  /** A ticket; `justBooked` opens it as the 预约成功 moment (calendar, reminder). */
  bookingTicket: (bookingId: string, options: { justBooked?: boolean } = {}) =>
    `/booking/pages/ticket/index?id=${encodeURIComponent(bookingId)}${options.justBooked ? '&booked=1' : ''}`,
  /** 个人信息保护说明: the consent notice, a page of its own (read before the first document number is typed). */
  privacyNotice: () => '/booking/pages/privacy/index',
  groupVisit: (slotId: string) => `/booking/pages/group/index?slotId=${encodeURIComponent(slotId)}`,
  /** Re-enter the roster of an existing group booking. */
  groupRoster: (bookingId: string) => `/booking/pages/group/index?bookingId=${encodeURIComponent(bookingId)}`,
  myBookings: () => '/booking/pages/mine/index',
  visitors: () => '/booking/pages/visitors/index',
  staff: () => '/staff/pages/index/index',
  /** 查档: the guided request, one request (receipt, timeline, certificate), and 我的查档. */
  lookupApply: () => '/lookup/pages/apply/index',
  lookupRequest: (id: string) => `/lookup/pages/request/index?id=${encodeURIComponent(id)}`,
  myLookups: () => '/lookup/pages/mine/index',
  messages: () => '/messages/pages/index/index',
  /** 网上展厅: the list, one online exhibition (opened at one exhibit when given), and 编研成果. */
  onlineExhibitions: () => '/online/pages/index/index',
  onlineHall: (id: string, exhibitId?: string | null) =>
    `/online/pages/hall/index?id=${encodeURIComponent(id)}${exhibitId ? `&exhibit=${encodeURIComponent(exhibitId)}` : ''}`,
  publications: () => '/online/pages/publications/index',
};

export function go(url: string): void {
  void Taro.navigateTo({ url });
}

export function goTab(tab: keyof typeof TAB_ROUTES): void {
  void Taro.switchTab({ url: TAB_ROUTES[tab] });
}

/** Opens an app page named without its leading slash, as the server's links are ('booking/pages/ticket/index?id=7'). */
export function openAppPage(page: string): void {
  const url = `/${page}`;
  const tab = Object.values(TAB_ROUTES).find((route) => url === route || url.startsWith(`${route}?`));
  if (tab) void Taro.switchTab({ url: tab });
  else go(url);
}
