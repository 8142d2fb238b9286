export default definePageConfig({ navigationBarTitleText: '编研成果' });
