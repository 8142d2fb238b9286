// Visitor pages live in the main package; booking (with the QR library) and staff tools are subpackages,
// so the first download stays small.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/exhibitions/index',
    'pages/lookup/index',
    'pages/me/index',
    'pages/exhibition/index',
    'pages/article/index',
    'pages/articles/index',
  ],
  subPackages: [
    {
      root: 'booking',
      pages: [
        'pages/form/index',
        'pages/ticket/index',
        'pages/mine/index',
        'pages/visitors/index',
        'pages/group/index',
      ],
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
      ],
    },
  ],
  // Booking is one tap away from an exhibition or 我的; fetch it in the background there.
  preloadRule: {
    'pages/exhibition/index': { network: 'all', packages: ['booking'] },
    'pages/me/index': { network: 'all', packages: ['booking'] },
  },
  window: {
    navigationBarBackgroundColor: '#1d4f57',
    navigationBarTitleText: '漳州档案',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5efe3',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#7a7468',
    selectedColor: '#1d4f57',
    backgroundColor: '#fffdf8',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/exhibitions/index', text: '展览' },
      { pagePath: 'pages/lookup/index', text: '查档' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
