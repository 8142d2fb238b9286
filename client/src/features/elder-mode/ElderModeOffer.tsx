// The first-launch offer of 长辈模式, once, on the home page: 开启 stores the choice, 暂不需要 only dismisses it.
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { Button } from '../../components/Button';
import { dismissElderModeOffer, setElderMode, useElderModeOffer } from './elder-mode';
import './elder-mode.css';

export function ElderModeOffer() {
  const pending = useElderModeOffer();
  if (!pending) return null;
  return (
    <View className="elder-offer" data-testid="elder-mode-offer">
      <View className="elder-offer__scrim" onClick={dismissElderModeOffer} />
      <View className="elder-offer__sheet" {...a11y({ role: 'dialog', label: '开启长辈模式？' })}>
        <Text className="elder-offer__title" {...a11y({ role: 'heading', level: 2 })}>
          开启长辈模式？
        </Text>
        <Text className="elder-offer__text">
          字更大、按钮更大，看得清、点得准。以后也可在首页右上角或「我的」里随时切换。
        </Text>
        <Button block className="elder-offer__accept" onClick={() => setElderMode(true)}>
          开启长辈模式
        </Button>
        <Button block variant="ghost" className="elder-offer__decline" onClick={dismissElderModeOffer}>
          暂不需要
        </Button>
      </View>
    </View>
  );
}
