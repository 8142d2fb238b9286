// The details step of the guided request: who asks (and about whom), the clues of the record type, what for and
// how, which archives, and a photo of each document the type and relation need. Messages come from the shared
// model (shown once a field was left, or all after 下一步) and from the server (shown at once).
import { Text, View } from '@tarojs/components';
import { NAME_MAX_LENGTH } from '@zz/shared/identity/names';
import { PHONE_INPUT_MAX } from '@zz/shared/identity/phone';
import { CLUE_FIELDS, type ClueField, placeTextOf } from '@zz/shared/lookup/clue-models';
import { LOOKUP_LIMITS } from '@zz/shared/lookup/request-models';
import { suggestHoldingBranch } from '@zz/shared/lookup/suggest-archive';
import {
  LOOKUP_DELIVERIES,
  LOOKUP_DELIVERY_LABELS,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_PURPOSES,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RELATION_LABELS,
  LOOKUP_USE_LABELS,
  LOOKUP_USES,
  type LookupDelivery,
  type LookupUse,
} from '@zz/shared/lookup/vocabularies';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { DocumentFields } from '../../components/form/DocumentFields';
import { FieldRow } from '../../components/form/Field';
import { TextAreaField, TextField } from '../../components/form/TextField';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { type ApplyDraft, needsVisit, type PersonDraft, requirementOf } from './apply-draft';
import { Choices } from './Choices';
import { PhotoField } from './PhotoField';
import type { LookupArchive } from './types';

/** The class that marks a field's row, from its model path ('clues.year' → 'lf-clues-year'): for scrolling to it. */
export function fieldClass(path: string): string {
  return `lf-${path.replace(/\./g, '-')}`;
}

const USE_HINTS: Record<LookupUse, string> = {
  READ: '到馆在查阅室阅览，需预约到馆时间',
  COPY: '提供档案复制件，加盖档案利用章',
  CERTIFY: '出具查档证明，附可扫码核验真伪的二维码',
};

const DELIVERY_HINTS: Record<LookupDelivery, string> = {
  PICKUP: '到受理档案馆领取',
  POST: '邮寄到您填写的地址',
  ELECTRONIC: '在本页查看电子证明（仅限出具证明）',
};

/** The choice that stands for 不详 (no holding archive named); ids are digits, so it cannot clash. */
const UNKNOWN = 'unknown';

const PURPOSE_OPTIONS = LOOKUP_PURPOSES.map((value) => ({ value, label: LOOKUP_PURPOSE_LABELS[value] }));
const USE_OPTIONS = LOOKUP_USES.map((value) => ({ value, label: LOOKUP_USE_LABELS[value], hint: USE_HINTS[value] }));

export interface ApplyDetailsProps {
  draft: ApplyDraft;
  archives: readonly LookupArchive[];
  onChange: (patch: Partial<ApplyDraft>) => void;
  /** The shared model's messages by path. */
  problems: Record<string, string>;
  serverErrors: Record<string, string>;
  /** After 下一步 every problem shows, whether or not its field was left. */
  showAll: boolean;
}

export function ApplyDetails({ draft, archives, onChange, problems, serverErrors, showAll }: ApplyDetailsProps) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (path: string) => () => setTouched((t) => new Set(t).add(path));
  const errorOf = (path: string) => serverErrors[path] ?? (showAll || touched.has(path) ? problems[path] : null);
  const type = draft.recordType;
  if (!type || !draft.relation) return null;
  const self = draft.relation === 'SELF';
  const requirement = requirementOf(draft);

  const personFields = (who: 'applicant' | 'subject', person: PersonDraft) => {
    const set = (patch: Partial<PersonDraft>) => onChange({ [who]: { ...person, ...patch } });
    return (
      <>
        <TextField
          label="姓名"
          required
          value={person.name}
          placeholder="与证件上的姓名一致"
          maxlength={NAME_MAX_LENGTH}
          onChange={(name) => set({ name })}
          onBlur={touch(`${who}.name`)}
          error={errorOf(`${who}.name`)}
          className={fieldClass(`${who}.name`)}
        />
        <DocumentFields
          documentType={person.documentType}
          documentNumber={person.documentNumber}
          onTypeChange={(documentType) => set({ documentType })}
          onNumberChange={(documentNumber) => set({ documentNumber })}
          onNumberBlur={touch(`${who}.documentNumber`)}
          numberError={errorOf(`${who}.documentNumber`)}
          typeClassName={fieldClass(`${who}.documentType`)}
          numberClassName={fieldClass(`${who}.documentNumber`)}
        />
      </>
    );
  };

  const suggestion = suggestHoldingBranch(type, placeTextOf(type, draft.clues));
  const suggested = suggestion ? archives.find((a) => a.branch.code === suggestion.code) : undefined;
  const holders = archives.filter((a) => a.enabledRecordTypes.includes(type));
  const offerSuggestion =
    suggested && suggestion && holders.includes(suggested) && draft.holdingBranchId !== suggested.branch.id;

  return (
    <View className="lookup-details" data-testid="lookup-details">
      <Text className="lookup-step__lead">
        {`${LOOKUP_RECORD_TYPE_LABELS[type]} · 当事人：${LOOKUP_RELATION_LABELS[draft.relation]}`}
      </Text>
      {requirement.deskVisit ? (
        <Notice tone="warning" title="需要到馆办理" className="lookup-desk-notice">
          <Text>提交后请在申请页预约查阅室到馆时间，到馆时携带下方材料的原件，由工作人员当面核验。</Text>
        </Notice>
      ) : null}

      <Section title="申请人（您本人）">
        <Text className="lookup-hint">请如实填写，提交前会请您逐项核对。</Text>
        {personFields('applicant', draft.applicant)}
        <TextField
          label="手机号码"
          required
          type="number"
          value={draft.phone}
          placeholder="用于接收办理进度通知"
          maxlength={PHONE_INPUT_MAX}
          onChange={(phone) => onChange({ phone })}
          onBlur={touch('phone')}
          error={errorOf('phone')}
          className={fieldClass('phone')}
        />
      </Section>

      {self ? null : (
        <Section title="档案当事人">
          <Text className="lookup-hint">档案记载的是谁，请按其证件填写。</Text>
          {errorOf('subject') ? <Text className="zz-field__error">{errorOf('subject')}</Text> : null}
          {personFields('subject', draft.subject)}
          {errorOf('relation') ? <Text className="zz-field__error">{errorOf('relation')}</Text> : null}
        </Section>
      )}

      <Section title="查档线索">
        <Text className="lookup-hint">线索越具体，越容易查到。不确定的可写大概年份或在说明中描述。</Text>
        {CLUE_FIELDS[type].map((field) => (
          <ClueInput
            key={field.key}
            field={field}
            value={draft.clues[field.key] ?? ''}
            onChange={(value) => onChange({ clues: { ...draft.clues, [field.key]: value } })}
            onBlur={touch(`clues.${field.key}`)}
            error={errorOf(`clues.${field.key}`)}
          />
        ))}
      </Section>

      <Section title="用途与方式">
        <FieldRow label="查档用途" required error={errorOf('purpose')} className={fieldClass('purpose')}>
          <Choices
            options={PURPOSE_OPTIONS}
            value={draft.purpose}
            onChange={(purpose) => onChange({ purpose })}
            columns={2}
            className="lookup-purposes"
          />
        </FieldRow>
        {draft.purpose === 'OTHER' ? (
          <TextField
            label="用途说明"
            required
            value={draft.purposeText}
            placeholder="请简要说明查档用途"
            maxlength={LOOKUP_LIMITS.purposeText}
            onChange={(purposeText) => onChange({ purposeText })}
            onBlur={touch('purposeText')}
            error={errorOf('purposeText')}
            className={fieldClass('purposeText')}
          />
        ) : null}
        <FieldRow label="利用方式" required error={errorOf('use')} className={fieldClass('use')}>
          <Choices
            options={USE_OPTIONS}
            value={draft.use}
            // An electronic certificate exists only for 出具证明.
            onChange={(use) => onChange({ use, delivery: draft.delivery === 'ELECTRONIC' ? null : draft.delivery })}
            className="lookup-uses"
          />
        </FieldRow>
        <FieldRow label="领取方式" required error={errorOf('delivery')} className={fieldClass('delivery')}>
          <Choices
            options={LOOKUP_DELIVERIES.map((value) => ({
              value,
              label: LOOKUP_DELIVERY_LABELS[value],
              hint: DELIVERY_HINTS[value],
              disabled: value === 'ELECTRONIC' && draft.use !== 'CERTIFY',
            }))}
            value={draft.delivery}
            onChange={(delivery) => onChange({ delivery })}
            className="lookup-deliveries"
          />
        </FieldRow>
        {draft.delivery === 'POST' ? (
          <TextAreaField
            label="邮寄地址"
            required
            value={draft.postalAddress}
            placeholder="省市区、街道门牌、收件人及电话"
            maxlength={LOOKUP_LIMITS.postalAddress}
            onChange={(postalAddress) => onChange({ postalAddress })}
            onBlur={touch('postalAddress')}
            error={errorOf('postalAddress')}
            className={fieldClass('postalAddress')}
          />
        ) : null}
        {needsVisit(draft) ? (
          <Text className="lookup-hint lookup-hint--visit">提交后请在申请页预约到馆时间（受理档案馆查阅室）。</Text>
        ) : null}
      </Section>

      <Section title="档案馆">
        {/* Choices rather than a picker: twelve names read at a glance, and each is one large tap. */}
        <FieldRow
          label="受理档案馆"
          required
          error={errorOf('receivingBranchId')}
          className={fieldClass('receivingBranchId')}
        >
          {/* Said before the twelve choices, where it helps; a field's hint would come after them. */}
          <Text className="lookup-hint">您提交材料、到馆和领取结果的档案馆，可选离您最近的一家。</Text>
          <Choices
            options={archives.map((a) => ({ value: a.branch.id, label: a.branch.name }))}
            value={draft.receivingBranchId}
            onChange={(receivingBranchId) => onChange({ receivingBranchId })}
            columns={2}
            className="lookup-archives"
          />
        </FieldRow>
        <FieldRow label="档案保管馆" error={errorOf('holdingBranchId')} className={fieldClass('holdingBranchId')}>
          <Text className="lookup-hint">不清楚由哪家保管可选“不详”，由工作人员确定。</Text>
          {offerSuggestion && suggested && suggestion ? (
            <View className="lookup-suggestion" data-testid="lookup-suggestion">
              <Text className="lookup-suggestion__text">
                {`根据“${suggestion.matched}”，档案可能由${suggested.branch.name}保管`}
              </Text>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => onChange({ holdingBranchId: suggested.branch.id })}
                className="lookup-suggestion__use"
              >
                采用
              </Button>
            </View>
          ) : null}
          <Choices
            options={[
              { value: UNKNOWN, label: '不详' },
              ...holders.map((a) => ({ value: a.branch.id, label: a.branch.name })),
            ]}
            value={draft.holdingBranchId ?? UNKNOWN}
            onChange={(id) => onChange({ holdingBranchId: id === UNKNOWN ? null : id })}
            columns={2}
            className="lookup-holders"
          />
        </FieldRow>
      </Section>

      {requirement.documents.length > 0 ? (
        <Section title="证明材料照片" className={fieldClass('attachments')}>
          <Text className="lookup-hint">
            请拍摄清晰完整的照片。照片加密保存，仅您本人和经办档案馆的工作人员可以查看，办结后定期删除。
          </Text>
          {requirement.documents.map((kind) => (
            <PhotoField
              key={kind}
              kind={kind}
              photo={draft.attachments[kind]}
              onChange={(photo) => {
                const attachments = { ...draft.attachments };
                if (photo) attachments[kind] = photo;
                else delete attachments[kind];
                onChange({ attachments });
              }}
              error={errorOf('attachments') ? '请上传此材料' : null}
            />
          ))}
        </Section>
      ) : null}
    </View>
  );
}

function ClueInput(props: {
  field: ClueField;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error: string | null | undefined;
}) {
  const { field } = props;
  const frame = {
    label: field.label,
    required: field.required,
    error: props.error,
    className: fieldClass(`clues.${field.key}`),
  };
  if (field.multiline) {
    return (
      <TextAreaField
        {...frame}
        value={props.value}
        placeholder={field.required ? '请描述档案所在单位、年份、经办事项等' : '其他有助于查找的情况（可不填）'}
        maxlength={field.max}
        onChange={props.onChange}
        onBlur={props.onBlur}
      />
    );
  }
  return (
    <TextField
      {...frame}
      type={field.kind === 'YEAR' ? 'number' : 'text'}
      value={props.value}
      placeholder={field.kind === 'YEAR' ? '四位数字，如 1978' : field.required ? '' : '可不填'}
      maxlength={field.max}
      onChange={props.onChange}
      onBlur={props.onBlur}
    />
  );
}
