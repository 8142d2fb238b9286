import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { ArticleDetail } from '../../../features/articles/ArticleDetail';

export default function ArticlePage() {
  const { params } = useRouter();
  return (
    <Page name="article" flush>
      <ArticleDetail id={params.id} />
    </Page>
  );
}
