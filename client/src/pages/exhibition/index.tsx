import { useRouter } from '@tarojs/taro';
import { Page } from '../../components/Page';
import { ExhibitionDetail } from '../../features/exhibitions/ExhibitionDetail';

export default function ExhibitionPage() {
  const { params } = useRouter();
  return (
    <Page name="exhibition" flush>
      <ExhibitionDetail id={params.id} again={params.again} />
    </Page>
  );
}
