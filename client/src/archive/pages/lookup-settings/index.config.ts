export default definePageConfig({ navigationBarTitleText: '查档设置' });
