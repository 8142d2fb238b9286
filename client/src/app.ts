// The app shell: global styles only. Every page wraps itself in <Page>, which applies 长辈模式.
import { mergeInternalComponents } from '@tarojs/shared';
import type { PropsWithChildren } from 'react';
import './theme/tokens.css';
import './components/components.css';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  // The runtime's half of config/aria-attributes.ts: the same attributes on the same components, before the first
  // render, so the runtime's short names for attributes (p0, p1…, given in sorted order) match the templates'.
  const ARIA = { 'aria-role': '', 'aria-label': '' };
  mergeInternalComponents({ View: ARIA, Text: ARIA, Image: ARIA });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
