export default definePageConfig({ navigationBarTitleText: '我的查档', onReachBottomDistance: 80 });
