// The form of one archive's 查档设置: the record types it holds (the shared vocabulary's labels), the three
// working-day targets and the reading-room lead time, checked with the shared settings model that the server parses
// again; its messages, and the server's, stand beside the field they are about.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { lookupSettingsModel } from '@zz/shared/lookup/request-models';
import { LOOKUP_RECORD_TYPE_LABELS, LOOKUP_RECORD_TYPES, type LookupRecordType } from '@zz/shared/lookup/vocabularies';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { FieldRow } from '../../../components/form/Field';
import { TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { wholeNumber } from '../../../lib/whole-number';
import { type StaffLookupSettingsFieldsFragment, StaffSetLookupSettingsDocument } from '../graphql';
import { Chips } from '../ui/Chips';
import { CHECK_MARKED_FIELDS, lookupAdminErrorMessage } from './messages';
import { SETTING_NUMBERS, type SettingNumber, settingNumbersOf } from './setting-numbers';

const TYPE_OPTIONS = LOOKUP_RECORD_TYPES.map((type) => ({ value: type, label: LOOKUP_RECORD_TYPE_LABELS[type] }));
const TYPES_PATH = 'settings.enabledRecordTypes';
/** The paths the form shows a message beside; a message about anything else (the archive itself) is the summary. */
const FIELD_PATHS = new Set([TYPES_PATH, ...SETTING_NUMBERS.map((field) => field.path)]);

export function LookupSettingsForm({
  archive,
  onSaved,
}: {
  archive: StaffLookupSettingsFieldsFragment;
  onSaved: () => void;
}) {
  const [enabled, setEnabled] = useState<LookupRecordType[]>([...archive.enabledRecordTypes]);
  const [numbers, setNumbers] = useState<Record<SettingNumber, string>>(() => {
    const values = settingNumbersOf(archive);
    return Object.fromEntries(SETTING_NUMBERS.map((f) => [f.key, String(values[f.key])])) as Record<
      SettingNumber,
      string
    >;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffSetLookupSettingsDocument);

  // Kept in vocabulary order, as the server answers them.
  const toggle = (type: LookupRecordType) =>
    setEnabled((current) =>
      LOOKUP_RECORD_TYPES.filter((t) => (t === type ? !current.includes(t) : current.includes(t))),
    );

  async function save() {
    const checked = lookupSettingsModel.safeParse({
      enabledRecordTypes: enabled,
      targets: {
        acceptDays: wholeNumber(numbers.acceptDays),
        answerDays: wholeNumber(numbers.answerDays),
        notifyDays: wholeNumber(numbers.notifyDays),
      },
      visitLeadDays: wholeNumber(numbers.visitLeadDays),
    });
    setErrors(checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error, 'settings')));
    setFailure(null);
    if (!checked.success) return setFailure(CHECK_MARKED_FIELDS);
    const result = await mutation.run({ branchId: archive.branch.id, settings: checked.data });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.setLookupSettings;
    if (isSuccessResult(answer)) {
      void Taro.showToast({ title: '查档设置已保存', icon: 'success' });
      onSaved();
      return;
    }
    if (answer.__typename === 'InputValidationError') {
      setErrors(messagesByPath(answer.fieldErrors));
      const elsewhere = answer.fieldErrors.find((entry) => !FIELD_PATHS.has(entry.path));
      return setFailure(elsewhere?.message ?? CHECK_MARKED_FIELDS);
    }
    setFailure(lookupAdminErrorMessage(answer, 'settings'));
  }

  return (
    <View className="staff-form lookup-settings__form" data-testid="lookup-settings-form">
      <FieldRow
        label="本馆保管的档案类型"
        error={errors[TYPES_PATH]}
        hint={`已选 ${enabled.length} 类。申请与转馆时，只有保管该类档案的馆可选`}
        className="lookup-settings__types"
      >
        <Chips options={TYPE_OPTIONS} selected={enabled} onToggle={toggle} testId="lookup-settings-types" />
      </FieldRow>
      {SETTING_NUMBERS.map((field) => (
        <TextField
          key={field.key}
          label={`${field.label}（工作日）`}
          type="number"
          value={numbers[field.key]}
          maxlength={String(field.bounds.max).length}
          onChange={(value) => setNumbers((current) => ({ ...current, [field.key]: value }))}
          error={errors[field.path]}
          hint={`${field.hint}；可填 ${field.bounds.min}–${field.bounds.max}`}
          className={`lookup-settings__${field.key}`}
        />
      ))}
      {failure ? (
        <Text className="staff-form__error" data-testid="lookup-settings-failure">
          {failure}
        </Text>
      ) : null}
      <Button block loading={mutation.pending} onClick={() => void save()} className="lookup-settings__save">
        保存查档设置
      </Button>
    </View>
  );
}
