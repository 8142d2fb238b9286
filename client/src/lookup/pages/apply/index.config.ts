export default definePageConfig({ navigationBarTitleText: '在线查档申请' });
