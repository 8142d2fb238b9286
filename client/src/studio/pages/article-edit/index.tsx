import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { ArticleEditor } from '../../../features/staff/content/ArticleEditor';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffArticleEditPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-article-edit">
      <StaffGate manager>{(account) => <ArticleEditor id={params.id} admin={account.role === 'ADMIN'} />}</StaffGate>
    </Page>
  );
}
