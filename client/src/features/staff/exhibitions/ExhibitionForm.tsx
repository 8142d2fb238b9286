// 展览信息: create or edit an exhibition with saveExhibition. The form is checked with the shared exhibition
// model, which the server parses again; its InputValidationError messages land beside the same fields.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { EXHIBITION_LIMITS, exhibitionFormModel } from '@zz/shared/visits/exhibition-model';
import { EXHIBITION_FORM_MODES, EXHIBITION_MODE_LABELS, type ExhibitionMode } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { FieldRow } from '../../../components/form/Field';
import { DateField, PickerField } from '../../../components/form/PickerField';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { todayDate } from '../../../lib/format';
import { staffErrorMessage } from '../errors';
import {
  StaffBranchesDocument,
  type StaffExhibitionFieldsFragment,
  StaffSaveExhibitionDocument,
  type StaffSaveExhibitionMutation,
} from '../graphql';
import { Chips } from '../ui/Chips';
import '../staff.css';
import './exhibitions.css';

type SaveError = Exclude<StaffSaveExhibitionMutation['saveExhibition'], { data: unknown }>;

function saveErrorMessage(error: SaveError): string {
  switch (error.__typename) {
    case 'InputValidationError':
      return '请按提示修改标红的项目';
    case 'NotFoundError':
      return '展览不存在，可能已被删除';
    default:
      return staffErrorMessage(error);
  }
}

const MODES = EXHIBITION_FORM_MODES.map((value) => ({ value, label: EXHIBITION_MODE_LABELS[value] }));

interface FormValues {
  title: string;
  subtitle: string;
  mode: ExhibitionMode;
  summary: string;
  description: string;
  venue: string;
  notes: string;
  coverUrl: string;
  opensOn: string;
  closesOn: string;
  featured: boolean;
  published: boolean;
}

function initialValues(exhibition: StaffExhibitionFieldsFragment | null): FormValues {
  return {
    title: exhibition?.title ?? '',
    subtitle: exhibition?.subtitle ?? '',
    mode: exhibition?.mode ?? 'ONSITE',
    summary: exhibition?.summary ?? '',
    description: exhibition?.description ?? '',
    venue: exhibition?.venue ?? '',
    notes: exhibition?.notes ?? '',
    coverUrl: exhibition?.coverUrl ?? '',
    opensOn: exhibition?.opensOn ?? todayDate(),
    closesOn: exhibition?.closesOn ?? '',
    featured: exhibition?.featured ?? false,
    published: exhibition?.published ?? false,
  };
}

export function ExhibitionForm(props: {
  exhibition: StaffExhibitionFieldsFragment | null;
  /** Admins choose the archive of a new exhibition; branch staff always create in their own. */
  chooseBranch: boolean;
  onSaved: (exhibition: StaffExhibitionFieldsFragment) => void;
}) {
  const [values, setValues] = useState(() => initialValues(props.exhibition));
  const [branchId, setBranchId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffSaveExhibitionDocument);
  const creating = props.exhibition === null;

  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      setErrors((current) => (current[key] ? { ...current, [key]: '' } : current));
    };

  async function save() {
    const checked = exhibitionFormModel.safeParse(values);
    setErrors(checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error)));
    setFailure(null);
    if (!checked.success) return setFailure('请按提示修改标红的项目');
    // Texts trimmed and blank optional ones null, as the model outputs them.
    const result = await mutation.run({
      input: {
        id: props.exhibition?.id,
        branchId: creating && props.chooseBranch && branchId ? branchId : undefined,
        ...checked.data,
      },
    });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.saveExhibition;
    if ('data' in answer) {
      void Taro.showToast({ title: creating ? '展览已创建' : '已保存', icon: 'success' });
      props.onSaved(answer.data);
      return;
    }
    if (answer.__typename === 'InputValidationError') setErrors(messagesByPath(answer.fieldErrors));
    setFailure(saveErrorMessage(answer));
  }

  return (
    <View className="staff-form" data-testid="exhibition-form">
      {creating && props.chooseBranch ? <BranchField value={branchId} onChange={setBranchId} /> : null}
      <TextField
        label="展览名称"
        value={values.title}
        maxlength={EXHIBITION_LIMITS.title}
        onChange={set('title')}
        error={errors.title}
        className="exhibition-form__title"
      />
      <TextField
        label="副标题"
        value={values.subtitle}
        maxlength={EXHIBITION_LIMITS.subtitle}
        onChange={set('subtitle')}
        error={errors.subtitle}
      />
      <FieldRow label="展览形式">
        <Chips options={MODES} selected={[values.mode]} onToggle={set('mode')} />
      </FieldRow>
      <TextAreaField
        label="简介"
        value={values.summary}
        maxlength={EXHIBITION_LIMITS.summary}
        onChange={set('summary')}
        error={errors.summary}
        hint={`${values.summary.length}/${EXHIBITION_LIMITS.summary}，显示在展览列表`}
        className="exhibition-form__summary"
      />
      <TextAreaField
        label="展览介绍"
        value={values.description}
        maxlength={EXHIBITION_LIMITS.description}
        size="lg"
        onChange={set('description')}
        error={errors.description}
        hint="段落之间空一行"
        className="exhibition-form__description"
      />
      <TextField
        label="展厅 / 地点"
        value={values.venue}
        maxlength={EXHIBITION_LIMITS.venue}
        onChange={set('venue')}
        error={errors.venue}
      />
      <TextAreaField
        label="参观须知"
        value={values.notes}
        maxlength={EXHIBITION_LIMITS.notes}
        onChange={set('notes')}
        error={errors.notes}
      />
      <TextField
        label="封面图片网址"
        value={values.coverUrl}
        maxlength={EXHIBITION_LIMITS.coverUrl}
        placeholder="https://…（可不填）"
        onChange={set('coverUrl')}
        error={errors.coverUrl}
      />
      <View className="staff-form__row">
        <DateField label="开展日期" value={values.opensOn} onChange={set('opensOn')} error={errors.opensOn} />
        <DateField
          label="闭展日期"
          value={values.closesOn}
          placeholder="长期展出"
          clearable
          start={values.opensOn}
          onChange={set('closesOn')}
          error={errors.closesOn}
        />
      </View>
      <SwitchField
        label="首页推荐"
        hint="在首页「推荐展览」中展示"
        checked={values.featured}
        onChange={set('featured')}
      />
      <SwitchField
        label="发布"
        hint={values.published ? '市民可以看到并预约' : '草稿：仅工作人员可见'}
        checked={values.published}
        onChange={set('published')}
        className="exhibition-form__published"
      />
      {failure ? (
        <Text className="staff-form__error" data-testid="exhibition-form-error">
          {failure}
        </Text>
      ) : null}
      <Button block loading={mutation.pending} onClick={() => void save()} className="exhibition-form__save">
        {creating ? '创建展览' : '保存展览信息'}
      </Button>
    </View>
  );
}

function BranchField({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const query = useQuery(StaffBranchesDocument, {});
  if (query.state.status === 'failure') {
    return <Text className="staff-form__error">档案馆列表加载失败，将创建在您所属的档案馆</Text>;
  }
  if (query.state.status !== 'success') return null;
  const options = [
    { value: '', label: '我所属的档案馆' },
    ...query.state.data.branches.map((b) => ({ value: b.id, label: b.shortName })),
  ];
  return <PickerField label="所属档案馆" value={value ?? ''} options={options} onChange={onChange} />;
}
