export default definePageConfig({ navigationBarTitleText: '我的预约', onReachBottomDistance: 80 });
