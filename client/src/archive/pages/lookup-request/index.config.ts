export default definePageConfig({ navigationBarTitleText: '查档申请', enablePullDownRefresh: true });
