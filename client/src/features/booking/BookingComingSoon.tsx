// What the booking pages show until online booking opens: a plain notice and a way back.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TAB_ROUTES } from '../../lib/navigation';
import './booking.css';

// Opened from a share or a scan there is no page to go back to; fall back to the home tab.
function goBack() {
  Taro.navigateBack().catch(() => Taro.switchTab({ url: TAB_ROUTES.home }));
}

export function BookingComingSoon({ title, detail }: { title: string; detail: string }) {
  return (
    <View className="booking-coming-soon" data-testid="booking-coming-soon">
      <Text className="booking-coming-soon__title">{title}</Text>
      <Notice tone="accent" title="线上预约即将开放">
        <Text>{detail}</Text>
      </Notice>
      <Button variant="secondary" block onClick={goBack}>
        返回
      </Button>
    </View>
  );
}
