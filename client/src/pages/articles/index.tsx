import { useRouter } from '@tarojs/taro';
import { isArticleCategory } from '@zz/shared/content/categories';
import { Page } from '../../components/Page';
import { ArticleList } from '../../features/articles/ArticleList';

export default function ArticlesPage() {
  // ?category=RESEARCH opens one tab, e.g. from home's 编研成果 entry.
  const { params } = useRouter();
  return (
    <Page name="articles">
      <ArticleList initialCategory={isArticleCategory(params.category) ? params.category : undefined} />
    </Page>
  );
}
