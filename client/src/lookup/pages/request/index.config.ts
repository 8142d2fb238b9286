export default definePageConfig({ navigationBarTitleText: '查档进度' });
