import { Page } from '../../../components/Page';
import { ApplyForm } from '../../../features/lookup-requests/ApplyForm';

export default function LookupApplyPage() {
  return (
    <Page name="lookup-apply">
      <ApplyForm />
    </Page>
  );
}
