// Asks before leaving an editor with unsaved changes: the mini-program's own back-button confirm
// (enableAlertBeforeUnload) and, in the browser, the tab's beforeunload prompt. Both are lifted once saved.
import Taro from '@tarojs/taro';
import { useEffect } from 'react';

const MESSAGE = '有未保存的修改，确定离开吗？';

export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    if (process.env.TARO_ENV === 'h5') {
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        event.preventDefault();
        event.returnValue = MESSAGE;
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => window.removeEventListener('beforeunload', onBeforeUnload);
    }
    // Older base libraries lack these; the guard is a courtesy, not a rule.
    void Promise.resolve(Taro.enableAlertBeforeUnload?.({ message: MESSAGE })).catch(() => undefined);
    return () => void Promise.resolve(Taro.disableAlertBeforeUnload?.()).catch(() => undefined);
  }, [dirty]);
}
