export default definePageConfig({
  navigationBarTitleText: '查档受理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
