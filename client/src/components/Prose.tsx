// Plain text whose paragraphs are separated by blank lines, as the server stores bodies and descriptions.
import { Text, View } from '@tarojs/components';
import { cx } from '../lib/cx';

export function Prose({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <View className={cx('zz-prose', className)}>
      {paragraphs.map((paragraph, index) => (
        // Paragraph order never changes for one text, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={index} className="zz-prose__p" userSelect>
          {paragraph}
        </Text>
      ))}
    </View>
  );
}
