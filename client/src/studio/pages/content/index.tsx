import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { ContentList } from '../../../features/staff/content/ContentList';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffContentPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-content">
      <StaffGate manager>{() => <ContentList initialTab={params.tab} />}</StaffGate>
    </Page>
  );
}
