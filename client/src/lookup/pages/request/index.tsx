import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { RequestView } from '../../../features/lookup-requests/RequestView';

export default function LookupRequestPage() {
  const { params } = useRouter();
  return (
    <Page name="lookup-request">
      <RequestView id={params.id} />
    </Page>
  );
}
