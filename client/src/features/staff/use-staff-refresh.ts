// Staff pages show live counts: refresh when the page shows again (after a check-in elsewhere) and on
// pull-down (the page config must set enablePullDownRefresh).
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef } from 'react';

export function useStaffRefresh(refetch: () => Promise<void>): void {
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false;
    else void refetch();
  });
  usePullDownRefresh(() => {
    void refetch().finally(() => Taro.stopPullDownRefresh());
  });
}
