// A form's answer to a failed submit: scroll to the first wrong field and put the cursor in it (a toast alone is
// missed, and a long form hides the field). Fields carry an id as their anchor; `focused` is the one to focus.
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PLATFORM } from '../../config';

/** The anchors of a form's fields, in the order they appear; the first with an error is revealed. */
export function firstWrongField<K extends string>(order: readonly K[], isWrong: (key: K) => boolean): K | null {
  return order.find(isWrong) ?? null;
}

export function useFirstErrorFocus() {
  const [focused, setFocused] = useState<string | null>(null);
  const reveal = useCallback((id: string) => {
    // Off first, then on: the input takes the focus when its `focus` turns true, also for the same field again.
    setFocused(null);
    setTimeout(() => {
      // H5: the tapped submit button is focusable (keyboard access), and React puts the focus back on the element
      // that had it before a commit when something else took it during the commit, as the field does here. With
      // nothing focused before the commit, the field keeps it.
      if (PLATFORM === 'h5') (globalThis.document?.activeElement as { blur?: () => void } | null)?.blur?.();
      setFocused(id);
      // Leaves the field's label in view above it.
      void Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -96, duration: 200 }).catch(() => undefined);
    }, 0);
  }, []);
  const release = useCallback(() => setFocused(null), []);
  return { focused, reveal, release };
}
