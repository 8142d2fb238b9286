// The one-time password, shown once: the server keeps only its hash, so this is the only time anyone sees it.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../../components/Button';

export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <View className="staff-one-time" data-testid="one-time-password">
      <Text>账号 {username} 的一次性密码（仅显示这一次，请当面或电话告知本人）：</Text>
      <Text className="staff-one-time__password" data-testid="one-time-password-value" selectable userSelect>
        {password}
      </Text>
      <Text className="staff-hint">对方首次登录时必须修改密码。</Text>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => void Taro.setClipboardData({ data: password })}
        className="staff-one-time__copy"
      >
        复制密码
      </Button>
    </View>
  );
}
