export default definePageConfig({
  navigationBarTitleText: '文章',
  // Readers share an article to a chat and to Moments (useShareAppMessage / useShareTimeline in the feature).
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
