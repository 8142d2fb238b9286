import { Text, View } from '@tarojs/components';

export default function Index() {
  return (
    <View className="a">
      <Text>漳州档案</Text>
    </View>
  );
}
