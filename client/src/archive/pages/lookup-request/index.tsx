import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { LookupRequestDetail } from '../../../features/staff/lookup/LookupRequestDetail';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffLookupRequestPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-lookup-request">
      <StaffGate manager>{() => <LookupRequestDetail id={params.id} />}</StaffGate>
    </Page>
  );
}
