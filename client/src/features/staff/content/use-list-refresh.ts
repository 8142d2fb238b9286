// The studio's lists refresh when staff come back from an editor (what they saved shows at once) and on
// pull-down. useOnReturn rather than the staff tools' first-show flag: these lists mount behind the sign-in
// gate's loading state, after the page's first show.
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useOnReturn } from '../../../lib/use-on-return';

export function useListRefresh(refetch: () => Promise<void>): void {
  useOnReturn(() => void refetch());
  usePullDownRefresh(() => {
    void refetch().finally(() => Taro.stopPullDownRefresh());
  });
}
