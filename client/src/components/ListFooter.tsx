// The end of a paginated list: 加载更多, a retry after a failed page, or 没有更多了.
import { Text, View } from '@tarojs/components';
import { Button } from './Button';

export interface ListFooterProps {
  hasMore: boolean;
  loading: boolean;
  /** The Chinese message of a failed page load, or null. */
  failure: string | null;
  onMore: () => void;
}

export function ListFooter(props: ListFooterProps) {
  if (props.failure) {
    return (
      <View className="zz-list-footer">
        <Text className="zz-list-footer__text">{props.failure}</Text>
        <Button variant="ghost" size="sm" onClick={props.onMore}>
          重试
        </Button>
      </View>
    );
  }
  if (!props.hasMore) {
    return (
      <View className="zz-list-footer">
        <Text className="zz-list-footer__text">没有更多了</Text>
      </View>
    );
  }
  return (
    <View className="zz-list-footer">
      <Button variant="ghost" size="sm" loading={props.loading} onClick={props.onMore} className="zz-list-footer__more">
        加载更多
      </Button>
    </View>
  );
}
