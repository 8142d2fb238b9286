// A cover image, or — when there is none — a paper-coloured block with the title's first character as a seal.
// Exhibitions always have one to show (displayCoverUrl: the server draws a placeholder until staff upload a picture);
// the block remains for articles and anything else without a picture.
import { Image, Text, View } from '@tarojs/components';
import { assetUrl } from '../lib/asset-url';
import { cx } from '../lib/cx';
import { imageAlt } from './a11y';

export interface CoverProps {
  url: string | null | undefined;
  title: string;
  className?: string;
}

export function Cover({ url, title, className }: CoverProps) {
  const src = assetUrl(url);
  // Covers sit beside their title, which says it all: decoration for a screen reader.
  if (src)
    return <Image className={cx('zz-cover', className)} src={src} mode="aspectFill" lazyLoad {...imageAlt('')} />;
  return (
    <View className={cx('zz-cover', 'zz-cover--placeholder', className)} aria-hidden="true">
      <Text className="zz-cover__seal">{title.slice(0, 1)}</Text>
    </View>
  );
}
