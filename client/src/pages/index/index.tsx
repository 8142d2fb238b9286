import { Page } from '../../components/Page';
import { HomeFeed } from '../../features/home/HomeFeed';

export default function HomePage() {
  return (
    <Page name="home" flush>
      <HomeFeed />
    </Page>
  );
}
