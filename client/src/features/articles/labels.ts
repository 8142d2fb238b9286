import type { ArticleCategory } from '../../graphql/generated/graphql';

export const CATEGORY_LABELS: Record<ArticleCategory, string> = {
  NEWS: '馆务动态',
  STORY: '档案故事',
  RESEARCH: '编研成果',
  VIDEO: '视频',
};
