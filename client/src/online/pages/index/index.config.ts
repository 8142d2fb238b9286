export default definePageConfig({ navigationBarTitleText: '网上展厅', enablePullDownRefresh: true });
