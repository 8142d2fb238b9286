export default definePageConfig({ navigationBarTitleText: '今日名单', enablePullDownRefresh: true });
