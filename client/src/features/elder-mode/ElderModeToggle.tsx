// The 长辈模式 switch on the home page, in the banner's corner: one tap turns it on or off, so nobody has to find it
// in 我的 first.
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { cx } from '../../lib/cx';
import { setElderMode, useElderMode } from './elder-mode';
import './elder-mode.css';

export function ElderModeToggle() {
  const on = useElderMode();
  const toggle = () => setElderMode(!on);
  return (
    <View
      className={cx('elder-toggle', on && 'elder-toggle--on')}
      hoverClass="elder-toggle--pressed"
      data-testid="elder-mode-toggle"
      data-on={on ? 'true' : 'false'}
      onClick={toggle}
      {...a11y({ role: 'switch', label: '长辈模式', checked: on, onActivate: toggle })}
    >
      <Text className="elder-toggle__label">长辈模式</Text>
      <Text className="elder-toggle__state">{on ? '已开' : '未开'}</Text>
    </View>
  );
}
