// 查档设置: the staff member's archive (any of the 12 for the city administrator) with the record types it holds,
// its working-day targets and the reading-room lead time. Archive staff and administrators edit them; checkers read
// them and are told who can change them.
import { Text, View } from '@tarojs/components';
import { LOOKUP_RECORD_TYPE_LABELS } from '@zz/shared/lookup/vocabularies';
import { useState } from 'react';
import { Cell, CellGroup } from '../../../components/Cell';
import { DataState } from '../../../components/DataState';
import { PickerField } from '../../../components/form/PickerField';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import { Tag } from '../../../components/Tag';
import type { ViewerFieldsFragment } from '../../../graphql/generated/operations';
import { useQuery } from '../../../graphql/use-query';
import { canEditLookupSettings } from '../access';
import {
  StaffLookupSettingsDocument,
  type StaffLookupSettingsFieldsFragment,
  type StaffLookupSettingsQuery,
} from '../graphql';
import { LookupSettingsForm } from './LookupSettingsForm';
import { SETTING_NUMBERS, settingNumbersOf } from './setting-numbers';
import '../staff.css';
import './lookup-admin.css';

export function LookupSettings({ account }: { account: ViewerFieldsFragment }) {
  const admin = account.role === 'ADMIN';
  const query = useQuery(StaffLookupSettingsDocument, {});
  // The administrator starts on their own archive (the city's) and may pick another.
  const [branchId, setBranchId] = useState(account.branch?.id ?? null);
  const archiveOf = (data: StaffLookupSettingsQuery) =>
    data.lookupArchives.find((a) => a.branch.id === branchId) ?? (admin ? data.lookupArchives[0] : undefined);

  return (
    <View className="lookup-admin lookup-settings" data-testid="lookup-settings">
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => archiveOf(data) === undefined}
        emptyText="账号未关联档案馆，没有可查看的查档设置"
      >
        {(data) => {
          const archive = archiveOf(data);
          if (!archive) return null;
          return (
            <>
              {admin ? (
                <View className="staff-form lookup-settings__archive">
                  <PickerField
                    label="档案馆"
                    value={archive.branch.id}
                    options={data.lookupArchives.map((a) => ({ value: a.branch.id, label: a.branch.name }))}
                    onChange={setBranchId}
                    hint="管理员可设置全部 12 个档案馆"
                  />
                </View>
              ) : (
                <Text className="lookup-settings__branch" data-testid="lookup-settings-branch">
                  {archive.branch.name}
                </Text>
              )}
              {canEditLookupSettings(account.role) ? (
                // Keyed by archive: choosing another one starts its form from its own saved settings.
                <LookupSettingsForm key={archive.branch.id} archive={archive} onSaved={() => void query.refetch()} />
              ) : (
                <ReadOnlySettings archive={archive} />
              )}
            </>
          );
        }}
      </DataState>
    </View>
  );
}

function ReadOnlySettings({ archive }: { archive: StaffLookupSettingsFieldsFragment }) {
  const numbers = settingNumbersOf(archive);
  return (
    <View data-testid="lookup-settings-readonly">
      <Notice title="仅供查看">
        <Text>查档设置由本馆馆员或管理员修改。</Text>
      </Notice>
      <Section title="本馆保管的档案类型">
        <View className="lookup-settings__tags">
          {archive.enabledRecordTypes.length > 0 ? (
            archive.enabledRecordTypes.map((type) => <Tag key={type}>{LOOKUP_RECORD_TYPE_LABELS[type]}</Tag>)
          ) : (
            <Text className="staff-hint">未开放任何档案类型</Text>
          )}
        </View>
      </Section>
      <Section title="时限">
        <CellGroup>
          {SETTING_NUMBERS.map((field) => (
            <Cell key={field.key} label={field.label} hint={field.hint} value={`${numbers[field.key]} 个工作日`} />
          ))}
        </CellGroup>
      </Section>
    </View>
  );
}
