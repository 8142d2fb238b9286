// Readers share the exhibit on screen (useShareAppMessage in the feature).
export default definePageConfig({ navigationBarTitleText: '网上展厅', enableShareAppMessage: true });
