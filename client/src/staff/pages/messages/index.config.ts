export default definePageConfig({
  navigationBarTitleText: '未送达消息',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
