export default definePageConfig({ navigationBarTitleText: '编辑网上展厅' });
