export default definePageConfig({ navigationBarTitleText: '查档服务' });
