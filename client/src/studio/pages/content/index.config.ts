export default definePageConfig({
  navigationBarTitleText: '内容发布',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
