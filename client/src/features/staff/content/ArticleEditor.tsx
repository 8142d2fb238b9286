// 写文章 / 编辑文章: the article's details, its body in the block editor, a 预览 tab that renders exactly what
// readers will see, saving (saveArticle, refusals beside their fields), the status actions, and 置顶 / 精选.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { blocksToHtml, CONTENT_LIMITS } from '@zz/shared/content/blocks';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type ArticleCategory } from '@zz/shared/content/categories';
import type { ContentAction } from '@zz/shared/content/statuses';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState, EmptyState } from '../../../components/DataState';
import { PickerField } from '../../../components/form/PickerField';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { Section } from '../../../components/Section';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { describeFailure } from '../../../graphql/client';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { cx } from '../../../lib/cx';
import {
  StudioArticleDocument,
  type StudioArticleFieldsFragment,
  StudioChangeArticleStatusDocument,
  StudioExhibitionChoicesDocument,
  StudioSaveArticleDocument,
  StudioSetArticleHighlightDocument,
} from '../graphql';
import { staffRoutes } from '../routes';
import { BlockEditor } from './BlockEditor';
import { BranchPicker } from './BranchPicker';
import { ContentPreview } from './ContentPreview';
import { contentBlocksOf, type EditorBlock, editorBlocksOfServer, pathOfUrl } from './editor-blocks';
import { ImagePick } from './ImagePick';
import { contentErrorMessage, fieldMessagesOf } from './messages';
import { StatusPanel } from './StatusPanel';
import { useUnsavedGuard } from './use-unsaved-guard';
import '../staff.css';
import './content.css';
import { trimmedOrNull } from './form-values';

type Tab = 'EDIT' | 'PREVIEW';
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'EDIT', label: '编辑' },
  { key: 'PREVIEW', label: '预览' },
];
const CATEGORY_OPTIONS = ARTICLE_CATEGORIES.map((value) => ({ value, label: ARTICLE_CATEGORY_LABELS[value] }));

interface Meta {
  category: ArticleCategory;
  title: string;
  summary: string;
  coverUrl: string;
  tags: string;
  author: string;
  source: string;
  branchId: string;
  exhibitionId: string;
  videoUrl: string;
  videoPosterUrl: string;
}

function metaOf(a: StudioArticleFieldsFragment | null): Meta {
  return {
    category: a?.category ?? 'NEWS',
    title: a?.title ?? '',
    summary: a?.summary ?? '',
    coverUrl: a?.cover ? pathOfUrl(a.cover.url) : '',
    tags: a?.tags.join(' ') ?? '',
    author: a?.author ?? '',
    source: a?.source ?? '',
    branchId: a?.branch?.id ?? '',
    exhibitionId: a?.exhibition?.id ?? '',
    videoUrl: a?.video?.url ?? '',
    videoPosterUrl: a?.video?.posterUrl ? pathOfUrl(a.video.posterUrl) : '',
  };
}

/** '档案, 侨批 展览' → ['档案', '侨批', '展览']: commas (either width), 、 or spaces separate tags. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、\s]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export function ArticleEditor({ id, admin }: { id?: string; admin: boolean }) {
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle({ title: '写文章' }).catch(() => undefined);
  }, [id]);
  if (!id) return <ArticleForm article={null} admin={admin} />;
  return <ExistingArticle id={id} admin={admin} />;
}

function ExistingArticle({ id, admin }: { id: string; admin: boolean }) {
  const query = useQuery(StudioArticleDocument, { id });
  return (
    <DataState state={query.state} onRetry={query.refetch}>
      {(data) =>
        data.studioArticle ? (
          <ArticleForm article={data.studioArticle} admin={admin} />
        ) : (
          <EmptyState text="文章不存在，或不属于您所在的档案馆" />
        )
      }
    </DataState>
  );
}

function ArticleForm({ article: loaded, admin }: { article: StudioArticleFieldsFragment | null; admin: boolean }) {
  const [article, setArticle] = useState(loaded);
  const [meta, setMeta] = useState(() => metaOf(loaded));
  const [blocks, setBlocks] = useState<EditorBlock[]>(() => editorBlocksOfServer(loaded?.body ?? []));
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<Tab>('EDIT');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation(StudioSaveArticleDocument);
  const changeStatus = useMutation(StudioChangeArticleStatusDocument);
  const highlight = useMutation(StudioSetArticleHighlightDocument);
  useUnsavedGuard(dirty);

  const set =
    <K extends keyof Meta>(key: K) =>
    (value: Meta[K]) => {
      setMeta((current) => ({ ...current, [key]: value }));
      setDirty(true);
      setErrors((current) => (current[key] ? { ...current, [key]: '' } : current));
    };
  const changeBlocks = (next: EditorBlock[]) => {
    setBlocks(next);
    setDirty(true);
    setErrors((current) => (current.bodyHtml ? { ...current, bodyHtml: '' } : current));
  };
  const bodyHtml = () => blocksToHtml(contentBlocksOf(blocks));

  /** Saves; the saved article, or null with the failure on screen. */
  async function saveArticle(): Promise<StudioArticleFieldsFragment | null> {
    setFailure(null);
    if (!meta.title.trim()) {
      setErrors({ title: '请填写标题' });
      setFailure('请按提示修改标红的项目');
      return null;
    }
    const result = await save.run({
      id: article?.id,
      input: {
        category: meta.category,
        title: meta.title.trim(),
        summary: trimmedOrNull(meta.summary),
        bodyHtml: bodyHtml(),
        coverUrl: trimmedOrNull(meta.coverUrl),
        videoUrl: trimmedOrNull(meta.videoUrl),
        videoPosterUrl: meta.videoUrl.trim() ? trimmedOrNull(meta.videoPosterUrl) : null,
        author: trimmedOrNull(meta.author),
        source: trimmedOrNull(meta.source),
        tags: tagsOf(meta.tags),
        // Others always publish under their own archive; the server decides that, the field is for administrators.
        branchId: admin ? meta.branchId || null : undefined,
        exhibitionId: meta.exhibitionId || null,
      },
    });
    if (!result.ok) {
      setFailure(describeFailure(result.failure));
      return null;
    }
    const answer = result.data.saveArticle;
    if ('data' in answer) {
      setErrors({});
      setDirty(false);
      if (!article) {
        // A new article opens as an existing one, so reloading the page finds it.
        void Taro.redirectTo({ url: staffRoutes.articleEdit(answer.data.id) });
      }
      setArticle(answer.data);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      return answer.data;
    }
    const error = answer;
    setErrors(fieldMessagesOf(error));
    setFailure(contentErrorMessage(error));
    return null;
  }

  async function act(action: ContentAction, publishAt?: string): Promise<string | null> {
    const saved = dirty || !article ? await saveArticle() : article;
    if (!saved) return '请先处理保存时的问题';
    const result = await changeStatus.run({ id: saved.id, action, publishAt: publishAt ?? null });
    if (!result.ok) return describeFailure(result.failure);
    const answer = result.data.changeArticleStatus;
    if ('data' in answer) {
      setArticle(answer.data);
      void Taro.showToast({ title: '状态已更新', icon: 'success' });
      return null;
    }
    return contentErrorMessage(answer);
  }

  async function setHighlight(next: { pinned: boolean; featured: boolean }) {
    if (!article) return;
    const result = await highlight.run({ id: article.id, ...next });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.setArticleHighlight;
    if ('data' in answer) setArticle({ ...article, ...answer.data });
    else setFailure(contentErrorMessage(answer));
  }

  return (
    <View className="studio-editor" data-testid="article-editor">
      <Tabs items={TABS} value={tab} onChange={setTab} className="studio-editor__tabs" />
      {tab === 'PREVIEW' ? (
        <ContentPreview
          html={bodyHtml()}
          title={meta.title}
          meta={[ARTICLE_CATEGORY_LABELS[meta.category], meta.author, meta.source].filter(Boolean).join(' · ')}
        />
      ) : null}
      {/* Stays mounted while previewing, so nothing typed is lost. */}
      <View className={cx(tab !== 'EDIT' && 'studio-hidden')}>
        <Section title="文章信息">
          <View className="staff-form studio-form">
            <PickerField
              label="栏目"
              value={meta.category}
              options={CATEGORY_OPTIONS}
              onChange={set('category')}
              error={errors.category}
              className="studio-form__category"
            />
            <TextField
              label="标题"
              required
              value={meta.title}
              maxlength={CONTENT_LIMITS.titleMax}
              onChange={set('title')}
              error={errors.title}
              className="studio-form__title"
            />
            <TextAreaField
              label="摘要"
              value={meta.summary}
              maxlength={CONTENT_LIMITS.summaryMax}
              placeholder="不填则取正文开头"
              onChange={set('summary')}
              error={errors.summary}
            />
            <ImagePick
              label="封面图"
              src={meta.coverUrl}
              onUploaded={(image) => set('coverUrl')(image.url)}
              onClear={meta.coverUrl ? () => set('coverUrl')('') : undefined}
              error={errors.coverUrl}
              className="studio-form__cover"
            />
            <TextField
              label="标签"
              value={meta.tags}
              maxlength={CONTENT_LIMITS.tagsMax * (CONTENT_LIMITS.tagMax + 1)}
              placeholder="用逗号或空格分隔，如：侨批 家书"
              onChange={set('tags')}
              error={errors.tags}
            />
            <View className="staff-form__row">
              <TextField
                label="作者"
                value={meta.author}
                maxlength={CONTENT_LIMITS.authorMax}
                onChange={set('author')}
                error={errors.author}
              />
              <TextField
                label="来源"
                value={meta.source}
                maxlength={CONTENT_LIMITS.sourceMax}
                onChange={set('source')}
                error={errors.source}
              />
            </View>
            {admin ? (
              <BranchPicker value={meta.branchId} onChange={set('branchId')} error={errors.branchId} />
            ) : (
              <Text className="staff-hint">文章以您所在档案馆的名义发布。</Text>
            )}
            <ExhibitionPicker value={meta.exhibitionId} onChange={set('exhibitionId')} error={errors.exhibitionId} />
            <TextField
              label="视频地址"
              value={meta.videoUrl}
              maxlength={500}
              placeholder="https://…（视频文章填写）"
              onChange={(url) => set('videoUrl')(url.trim())}
              error={errors.videoUrl}
            />
            {meta.videoUrl ? (
              <ImagePick
                label="视频封面"
                src={meta.videoPosterUrl}
                onUploaded={(image) => set('videoPosterUrl')(image.url)}
                onClear={meta.videoPosterUrl ? () => set('videoPosterUrl')('') : undefined}
                error={errors.videoPosterUrl}
              />
            ) : null}
          </View>
        </Section>
        <Section title="正文">
          {errors.bodyHtml ? <Text className="staff-form__error">{errors.bodyHtml}</Text> : null}
          <BlockEditor blocks={blocks} onChange={changeBlocks} />
        </Section>
      </View>
      {failure ? (
        <Text className="staff-form__error studio-editor__error" data-testid="studio-editor-error">
          {failure}
        </Text>
      ) : null}
      <Button block loading={save.pending} onClick={() => void saveArticle()} className="studio-editor__save">
        {dirty || !article ? '保存' : '已保存'}
      </Button>
      {article ? (
        <>
          <StatusPanel
            status={article.status}
            scheduledAt={article.scheduledAt}
            publishedAt={article.publishedAt}
            actions={article.availableActions}
            onAction={act}
            unsavedHint={dirty}
          />
          <View className="zz-card studio-highlight">
            <SwitchField
              label="置顶"
              hint="排在资讯列表最前面"
              checked={article.pinned}
              onChange={(pinned) => void setHighlight({ pinned, featured: article.featured })}
              className="studio-highlight__pinned"
            />
            <SwitchField
              label="精选"
              hint="在首页和精选中展示"
              checked={article.featured}
              onChange={(featured) => void setHighlight({ pinned: article.pinned, featured })}
              className="studio-highlight__featured"
            />
          </View>
        </>
      ) : (
        <Text className="staff-hint studio-editor__hint">保存为草稿后，可以预约定时发布或立即发布。</Text>
      )}
    </View>
  );
}

function ExhibitionPicker(props: { value: string; onChange: (id: string) => void; error?: string }) {
  const query = useQuery(StudioExhibitionChoicesDocument, {});
  const options = [
    { value: '', label: '不关联展览' },
    ...(query.state.status === 'success'
      ? query.state.data.staffExhibitions.map((e) => ({ value: e.id, label: e.title }))
      : []),
  ];
  return (
    <PickerField
      label="关联展览"
      value={props.value}
      options={options}
      onChange={props.onChange}
      error={props.error}
      hint="读者可在文章末尾「预约参观」"
      className="studio-form__exhibition"
    />
  );
}
