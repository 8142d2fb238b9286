// Visitor pages live in the main package; booking and lookups (each with the QR library) and staff tools are
// subpackages, so the first download stays small. Taro reads this file with its own esbuild bundler, so the
// import works.
import { STAFF_PAGES } from './features/staff/routes';
import { SUBPACKAGES, type SubpackageRoot } from './packages';

function tabIcons(name: 'home' | 'exhibitions' | 'lookup' | 'me') {
  return { iconPath: `assets/tabbar/${name}.png`, selectedIconPath: `assets/tabbar/${name}-active.png` };
}

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/exhibitions/index',
    'pages/lookup/index',
    'pages/me/index',
    'pages/exhibition/index',
    'pages/articles/index',
  ],
  subPackages: SUBPACKAGES.map(({ root, pages }) => ({ root, pages: [...pages] })),
  // Booking is one tap away from an exhibition or 我的; fetch it in the background there.
  preloadRule: {
    'pages/exhibition/index': { network: 'all', packages: ['booking'] satisfies SubpackageRoot[] },
    'pages/me/index': { network: 'all', packages: ['booking', 'messages'] satisfies SubpackageRoot[] },
    // 在线申请 and the latest request are one tap away on the 查档 tab.
    'pages/lookup/index': { network: 'all', packages: ['lookup'] satisfies SubpackageRoot[] },
    // Articles, 网上展厅 and 编研成果 are one tap from home's latest articles and from the feed.
    'pages/index/index': { network: 'all', packages: ['online'] satisfies SubpackageRoot[] },
    'pages/articles/index': { network: 'all', packages: ['online'] satisfies SubpackageRoot[] },
    // 查档 work, the studio's and administration's tools are tiles on the staff home.
    [STAFF_PAGES.home]: { network: 'all', packages: ['archive', 'studio', 'admin'] satisfies SubpackageRoot[] },
  },
  window: {
    navigationBarBackgroundColor: '#1d4f57',
    navigationBarTitleText: '漳州档案',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5efe3',
    backgroundTextStyle: 'dark',
  },
  // Icons drawn by client/scripts/tab-icons.mjs (81×81, under 1 KiB each: they ship in the main package). The text
  // colour is the hint colour of theme/tokens.css, 5.5:1 on the bar.
  tabBar: {
    color: '#665f54',
    selectedColor: '#1d4f57',
    backgroundColor: '#fffdf8',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '首页', ...tabIcons('home') },
      { pagePath: 'pages/exhibitions/index', text: '展览', ...tabIcons('exhibitions') },
      { pagePath: 'pages/lookup/index', text: '查档', ...tabIcons('lookup') },
      { pagePath: 'pages/me/index', text: '我的', ...tabIcons('me') },
    ],
  },
});
