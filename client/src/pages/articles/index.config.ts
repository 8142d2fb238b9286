export default definePageConfig({
  navigationBarTitleText: '档案资讯',
  enablePullDownRefresh: true,
});
