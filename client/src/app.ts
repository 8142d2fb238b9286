// The app shell: global styles only. Every page wraps itself in <Page>, which applies 长辈模式.
import type { PropsWithChildren } from 'react';
import './theme/tokens.css';
import './components/components.css';
import './app.css';

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
