// 预览: the body exactly as readers will see it. The HTML that a save would send goes through the server's
// sanitiser (previewRichText) and the blocks it answers are drawn by the reader's own ArticleBody, so the preview
// and the published page can only differ in what the server has not stored yet.
import { Text, View } from '@tarojs/components';
import { DataState } from '../../../components/DataState';
import { useQuery } from '../../../graphql/use-query';
import { ArticleBody } from '../../articles/ArticleBody';
import { StudioPreviewRichTextDocument } from '../graphql';
import '../../articles/articles.css';

export function ContentPreview({ html, title, meta }: { html: string; title: string; meta?: string }) {
  const query = useQuery(StudioPreviewRichTextDocument, { html });
  return (
    <View className="studio-preview" data-testid="studio-preview">
      <Text className="studio-preview__note">预览：读者看到的样子（保存后才会生效）</Text>
      <View className="article-detail">
        <View className="article-detail__content">
          <Text className="article-detail__title">{title || '（未填写标题）'}</Text>
          {meta ? <Text className="article-detail__byline">{meta}</Text> : null}
          <DataState
            state={query.state}
            onRetry={query.refetch}
            isEmpty={(data) => data.previewRichText.length === 0}
            emptyText="正文还是空的"
            loadingText="正在生成预览…"
          >
            {(data) => <ArticleBody blocks={data.previewRichText} />}
          </DataState>
        </View>
      </View>
    </View>
  );
}
