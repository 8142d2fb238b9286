export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    navigationBarBackgroundColor: '#1d4f57',
    navigationBarTitleText: '漳州档案',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5efe3',
    backgroundTextStyle: 'dark',
  },
});
