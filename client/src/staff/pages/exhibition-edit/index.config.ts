export default definePageConfig({ navigationBarTitleText: '编辑展览' });
