export default definePageConfig({ navigationBarTitleText: '展览管理', enablePullDownRefresh: true });
