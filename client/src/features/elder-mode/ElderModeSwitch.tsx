// The 长辈模式 row in 我的: a switch that enlarges text and buttons on every page.
import { Switch, Text, View } from '@tarojs/components';
import { controlLabel } from '../../components/a11y';
import { setElderMode, useElderMode } from './elder-mode';

export function ElderModeSwitch() {
  const on = useElderMode();
  return (
    <View className="zz-cell elder-mode-switch" data-testid="elder-mode-switch">
      <View className="zz-cell__main">
        <Text className="zz-cell__label">长辈模式</Text>
        <Text className="zz-cell__hint">字号更大，按钮更易点按</Text>
      </View>
      <Switch
        className="elder-mode-switch__control"
        checked={on}
        color="#1d4f57"
        onChange={(event) => setElderMode(event.detail.value)}
        {...controlLabel('长辈模式')}
      />
    </View>
  );
}
