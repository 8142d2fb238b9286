// 网上展厅 editor: the hall's title, subtitle, introduction, cover, archive (administrators) and the on-site
// exhibitions it is the online version of, then its exhibits in order (each with 1–9 uploaded images, caption,
// description, 档号, holding archive and period). Saved whole with saveOnlineExhibition; exhibits keep their ids so
// shared links to one exhibit keep working. Status actions as for articles.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CONTENT_LIMITS } from '@zz/shared/content/blocks';
import type { ContentAction } from '@zz/shared/content/statuses';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState, EmptyState } from '../../../components/DataState';
import { FieldRow } from '../../../components/form/Field';
import { PickerField } from '../../../components/form/PickerField';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { Section } from '../../../components/Section';
import { describeFailure } from '../../../graphql/client';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { assetUrl } from '../../../lib/asset-url';
import {
  StaffBranchesDocument,
  StudioChangeOnlineExhibitionStatusDocument,
  StudioExhibitionChoicesDocument,
  StudioOnlineExhibitionDocument,
  type StudioOnlineExhibitionFieldsFragment,
  StudioSaveOnlineExhibitionDocument,
} from '../graphql';
import { staffRoutes } from '../routes';
import { Chips } from '../ui/Chips';
import { BranchPicker } from './BranchPicker';
import { moveItem, pathOfUrl } from './editor-blocks';
import { ImagePick } from './ImagePick';
import { contentErrorMessage, fieldMessagesOf } from './messages';
import { StatusPanel } from './StatusPanel';
import { uploadImageWithFeedback } from './upload-image';
import { useUnsavedGuard } from './use-unsaved-guard';
import '../staff.css';
import './content.css';
import { imageAlt } from '../../../components/a11y';
import { trimmedOrNull } from './form-values';

interface ExhibitDraft {
  key: string;
  /** Kept for an existing exhibit, so its shares keep working. */
  id: string | null;
  title: string;
  caption: string;
  description: string;
  archiveRef: string;
  holdingBranchId: string;
  period: string;
  /** /media/… paths, in order. */
  imageUrls: string[];
}

interface HallDraft {
  title: string;
  subtitle: string;
  intro: string;
  coverUrl: string;
  branchId: string;
  exhibitionIds: string[];
  exhibits: ExhibitDraft[];
}

let counter = 0;
const nextKey = () => `e${++counter}`;

function draftOf(hall: StudioOnlineExhibitionFieldsFragment | null): HallDraft {
  return {
    title: hall?.title ?? '',
    subtitle: hall?.subtitle ?? '',
    intro: hall?.intro ?? '',
    coverUrl: hall?.cover ? pathOfUrl(hall.cover.url) : '',
    branchId: hall?.branch?.id ?? '',
    exhibitionIds: hall?.exhibitions.map((e) => e.id) ?? [],
    exhibits: (hall?.exhibits ?? []).map((e) => ({
      key: nextKey(),
      id: e.id,
      title: e.title,
      caption: e.caption,
      description: e.description,
      archiveRef: e.archiveRef ?? '',
      holdingBranchId: e.holdingBranch?.id ?? '',
      period: e.period ?? '',
      imageUrls: e.images.map((image) => pathOfUrl(image.url)),
    })),
  };
}

const emptyExhibit = (): ExhibitDraft => ({
  key: nextKey(),
  id: null,
  title: '',
  caption: '',
  description: '',
  archiveRef: '',
  holdingBranchId: '',
  period: '',
  imageUrls: [],
});

export function OnlineExhibitionEditor({ id, admin }: { id?: string; admin: boolean }) {
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle({ title: '新建网上展厅' }).catch(() => undefined);
  }, [id]);
  if (!id) return <HallForm hall={null} admin={admin} />;
  return <ExistingHall id={id} admin={admin} />;
}

function ExistingHall({ id, admin }: { id: string; admin: boolean }) {
  const query = useQuery(StudioOnlineExhibitionDocument, { id });
  return (
    <DataState state={query.state} onRetry={query.refetch}>
      {(data) =>
        data.studioOnlineExhibition ? (
          <HallForm hall={data.studioOnlineExhibition} admin={admin} />
        ) : (
          <EmptyState text="网上展厅不存在，或不属于您所在的档案馆" />
        )
      }
    </DataState>
  );
}

function HallForm({ hall: loaded, admin }: { hall: StudioOnlineExhibitionFieldsFragment | null; admin: boolean }) {
  const [hall, setHall] = useState(loaded);
  const [draft, setDraft] = useState(() => draftOf(loaded));
  const [dirty, setDirty] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation(StudioSaveOnlineExhibitionDocument);
  const changeStatus = useMutation(StudioChangeOnlineExhibitionStatusDocument);
  useUnsavedGuard(dirty);

  const update = (change: Partial<HallDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDirty(true);
  };
  const set =
    <K extends keyof HallDraft>(key: K) =>
    (value: HallDraft[K]) => {
      update({ [key]: value } as Partial<HallDraft>);
      setErrors((current) => (current[key] ? { ...current, [key]: '' } : current));
    };
  const setExhibits = (exhibits: ExhibitDraft[]) => update({ exhibits });

  async function saveHall(): Promise<StudioOnlineExhibitionFieldsFragment | null> {
    setFailure(null);
    const missing: Record<string, string> = {};
    if (!draft.title.trim()) missing.title = '请填写展厅名称';
    draft.exhibits.forEach((e, i) => {
      if (!e.title.trim()) missing[`exhibits.${i}.title`] = '请填写展品名称';
      if (e.imageUrls.length === 0) missing[`exhibits.${i}.imageUrls`] = '请至少上传一张图片';
    });
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setFailure('请按提示修改标红的项目');
      return null;
    }
    const result = await save.run({
      id: hall?.id,
      input: {
        title: draft.title.trim(),
        subtitle: trimmedOrNull(draft.subtitle),
        intro: draft.intro.trim(),
        coverUrl: trimmedOrNull(draft.coverUrl),
        branchId: admin ? draft.branchId || null : undefined,
        exhibitionIds: draft.exhibitionIds,
        exhibits: draft.exhibits.map((e) => ({
          id: e.id,
          title: e.title.trim(),
          caption: e.caption.trim(),
          description: e.description.trim(),
          archiveRef: trimmedOrNull(e.archiveRef),
          holdingBranchId: e.holdingBranchId || null,
          period: trimmedOrNull(e.period),
          imageUrls: e.imageUrls,
        })),
      },
    });
    if (!result.ok) {
      setFailure(describeFailure(result.failure));
      return null;
    }
    const answer = result.data.saveOnlineExhibition;
    if ('data' in answer) {
      setErrors({});
      setDirty(false);
      if (!hall) void Taro.redirectTo({ url: staffRoutes.onlineEdit(answer.data.id) });
      setHall(answer.data);
      // New exhibits now have ids: later saves must keep them.
      setDraft(draftOf(answer.data));
      setOpen(null);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      return answer.data;
    }
    const error = answer;
    setErrors(fieldMessagesOf(error));
    setFailure(contentErrorMessage(error));
    return null;
  }

  async function act(action: ContentAction, publishAt?: string): Promise<string | null> {
    const saved = dirty || !hall ? await saveHall() : hall;
    if (!saved) return '请先处理保存时的问题';
    const result = await changeStatus.run({ id: saved.id, action, publishAt: publishAt ?? null });
    if (!result.ok) return describeFailure(result.failure);
    const answer = result.data.changeOnlineExhibitionStatus;
    if ('data' in answer) {
      setHall(answer.data);
      void Taro.showToast({ title: '状态已更新', icon: 'success' });
      return null;
    }
    return contentErrorMessage(answer);
  }

  const exhibitError = (index: number) =>
    Object.entries(errors).find(([path, message]) => path.startsWith(`exhibits.${index}.`) && message)?.[1];

  return (
    <View className="studio-editor" data-testid="online-editor">
      <Section title="展厅信息">
        <View className="staff-form studio-form">
          <TextField
            label="展厅名称"
            required
            value={draft.title}
            maxlength={CONTENT_LIMITS.titleMax}
            onChange={set('title')}
            error={errors.title}
            className="studio-online__title"
          />
          <TextField
            label="副标题"
            value={draft.subtitle}
            maxlength={CONTENT_LIMITS.titleMax}
            onChange={set('subtitle')}
            error={errors.subtitle}
          />
          <TextAreaField
            label="展厅介绍"
            value={draft.intro}
            size="lg"
            maxlength={2000}
            onChange={set('intro')}
            error={errors.intro}
            className="studio-online__intro"
          />
          <ImagePick
            label="封面图"
            src={draft.coverUrl}
            onUploaded={(image) => set('coverUrl')(image.url)}
            onClear={draft.coverUrl ? () => set('coverUrl')('') : undefined}
            error={errors.coverUrl}
          />
          {admin ? <BranchPicker value={draft.branchId} onChange={set('branchId')} error={errors.branchId} /> : null}
          <LinkedExhibitions value={draft.exhibitionIds} onChange={set('exhibitionIds')} />
        </View>
      </Section>
      <Section title={`展品（${draft.exhibits.length}）`}>
        {draft.exhibits.length === 0 ? <Text className="staff-hint">还没有展品：点「添加展品」。</Text> : null}
        {draft.exhibits.map((exhibit, index) => (
          <View key={exhibit.key} className="zz-card studio-exhibit-card" data-testid="studio-exhibit">
            <View className="studio-block__head">
              <Text className="studio-block__kind" onClick={() => setOpen(open === exhibit.key ? null : exhibit.key)}>
                {index + 1}. {exhibit.title || '（未命名展品）'}
              </Text>
              <View className="studio-block__tools">
                <Text
                  className="studio-block__tool studio-exhibit__edit"
                  onClick={() => setOpen(open === exhibit.key ? null : exhibit.key)}
                >
                  {open === exhibit.key ? '收起' : '编辑'}
                </Text>
                <Text
                  className="studio-block__tool studio-block__up"
                  onClick={() => setExhibits(moveItem(draft.exhibits, index, -1))}
                >
                  上移
                </Text>
                <Text
                  className="studio-block__tool studio-block__down"
                  onClick={() => setExhibits(moveItem(draft.exhibits, index, 1))}
                >
                  下移
                </Text>
                <Text
                  className="studio-block__tool studio-block__delete"
                  onClick={() => setExhibits(draft.exhibits.filter((_, i) => i !== index))}
                >
                  删除
                </Text>
              </View>
            </View>
            {open === exhibit.key ? (
              <ExhibitFields
                exhibit={exhibit}
                errors={errors}
                index={index}
                onChange={(next) => setExhibits(draft.exhibits.map((e, i) => (i === index ? next : e)))}
              />
            ) : (
              <Text className="studio-row__meta">
                {exhibit.imageUrls.length} 张图片{exhibit.archiveRef ? ` · 档号 ${exhibit.archiveRef}` : ''}
              </Text>
            )}
            {exhibitError(index) && open !== exhibit.key ? (
              <Text className="staff-form__error">{exhibitError(index)}</Text>
            ) : null}
          </View>
        ))}
        <Button
          variant="secondary"
          block
          disabled={draft.exhibits.length >= CONTENT_LIMITS.exhibitsMax}
          onClick={() => {
            const added = emptyExhibit();
            setExhibits([...draft.exhibits, added]);
            setOpen(added.key);
          }}
          className="studio-online__add-exhibit"
        >
          添加展品
        </Button>
      </Section>
      {failure ? (
        <Text className="staff-form__error studio-editor__error" data-testid="studio-editor-error">
          {failure}
        </Text>
      ) : null}
      <Button block loading={save.pending} onClick={() => void saveHall()} className="studio-editor__save">
        {dirty || !hall ? '保存' : '已保存'}
      </Button>
      {hall ? (
        <StatusPanel
          status={hall.status}
          scheduledAt={hall.scheduledAt}
          publishedAt={hall.publishedAt}
          actions={hall.availableActions}
          onAction={act}
          unsavedHint={dirty}
        />
      ) : (
        <Text className="staff-hint studio-editor__hint">保存为草稿后，可以预约定时发布或立即发布。</Text>
      )}
    </View>
  );
}

function LinkedExhibitions({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const query = useQuery(StudioExhibitionChoicesDocument, {});
  if (query.state.status !== 'success') return null;
  const options = query.state.data.staffExhibitions
    .filter((e) => e.mode === 'ONSITE' || value.includes(e.id))
    .map((e) => ({ value: e.id, label: e.title }));
  if (options.length === 0) return null;
  return (
    <FieldRow label="对应的实体展览" hint="读者可从网上展厅预约参观实体展览">
      <Chips
        options={options}
        selected={value}
        onToggle={(id) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id])}
        className="studio-online__exhibitions"
      />
    </FieldRow>
  );
}

function ExhibitFields(props: {
  exhibit: ExhibitDraft;
  index: number;
  errors: Record<string, string>;
  onChange: (exhibit: ExhibitDraft) => void;
}) {
  const { exhibit: e, index } = props;
  const error = (field: string) => props.errors[`exhibits.${index}.${field}`];
  const set =
    <K extends keyof ExhibitDraft>(key: K) =>
    (value: ExhibitDraft[K]) =>
      props.onChange({ ...e, [key]: value });
  const [uploading, setUploading] = useState(false);
  const branches = useQuery(StaffBranchesDocument, {});
  const branchOptions = [
    { value: '', label: '未注明' },
    ...(branches.state.status === 'success'
      ? branches.state.data.branches.map((b) => ({ value: b.id, label: b.shortName }))
      : []),
  ];

  async function addImage() {
    setUploading(true);
    const image = await uploadImageWithFeedback();
    setUploading(false);
    if (image) props.onChange({ ...e, imageUrls: [...e.imageUrls, image.url] });
  }

  return (
    <View className="studio-exhibit-fields" data-testid="studio-exhibit-fields">
      <TextField
        label="展品名称"
        required
        value={e.title}
        maxlength={CONTENT_LIMITS.titleMax}
        onChange={set('title')}
        error={error('title')}
        className="studio-exhibit__title"
      />
      <TextField
        label="图注"
        value={e.caption}
        maxlength={120}
        placeholder="一句话说明"
        onChange={set('caption')}
        error={error('caption')}
        className="studio-exhibit__caption"
      />
      <TextAreaField
        label="展品介绍"
        value={e.description}
        maxlength={2000}
        onChange={set('description')}
        error={error('description')}
        className="studio-exhibit__description"
      />
      <View className="staff-form__row">
        <TextField
          label="档号"
          value={e.archiveRef}
          maxlength={40}
          placeholder="如 0001-002-0034"
          onChange={set('archiveRef')}
          error={error('archiveRef')}
          className="studio-exhibit__archive-ref"
        />
        <TextField
          label="年代"
          value={e.period}
          maxlength={40}
          placeholder="如 1930年代"
          onChange={set('period')}
          error={error('period')}
        />
      </View>
      <PickerField
        label="收藏单位"
        value={e.holdingBranchId}
        options={branchOptions}
        onChange={set('holdingBranchId')}
        error={error('holdingBranchId')}
      />
      <FieldRow
        label={`图片（${e.imageUrls.length}/${CONTENT_LIMITS.exhibitImagesMax}）`}
        error={error('imageUrls')}
        hint="第一张为展品主图"
      >
        <View className="studio-exhibit__images">
          {e.imageUrls.map((url, i) => (
            <View key={url} className="studio-exhibit__image" data-testid="studio-exhibit-image">
              <Image
                className="studio-exhibit__thumb"
                src={assetUrl(url) ?? ''}
                mode="aspectFill"
                {...imageAlt(`展品图片 ${i + 1}`)}
              />
              <View className="studio-exhibit__image-tools">
                {i > 0 ? (
                  <Text
                    className="studio-block__tool"
                    onClick={() => props.onChange({ ...e, imageUrls: moveItem(e.imageUrls, i, -1) })}
                  >
                    前移
                  </Text>
                ) : null}
                <Text
                  className="studio-block__tool studio-block__delete"
                  onClick={() => props.onChange({ ...e, imageUrls: e.imageUrls.filter((_, j) => j !== i) })}
                >
                  移除
                </Text>
              </View>
            </View>
          ))}
        </View>
        {e.imageUrls.length < CONTENT_LIMITS.exhibitImagesMax ? (
          <Button
            size="sm"
            variant="secondary"
            loading={uploading}
            onClick={() => void addImage()}
            className="studio-exhibit__add-image"
          >
            上传图片
          </Button>
        ) : null}
      </FieldRow>
    </View>
  );
}
