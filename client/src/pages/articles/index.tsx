import { Page } from '../../components/Page';
import { ArticleList } from '../../features/articles/ArticleList';

export default function ArticlesPage() {
  return (
    <Page name="articles">
      <ArticleList />
    </Page>
  );
}
