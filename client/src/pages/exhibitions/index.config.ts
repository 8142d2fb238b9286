export default definePageConfig({
  navigationBarTitleText: '展览',
  enablePullDownRefresh: true,
});
