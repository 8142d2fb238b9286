export default definePageConfig({
  navigationBarTitleText: '漳州档案',
  enablePullDownRefresh: true,
});
