// 场馆信息: where and when citizens come. The city administrator picks any of the 12 archives, an archive
// administrator edits their own; either may give one of their exhibitions its own venue when it is held elsewhere,
// or send it back to the archive's. What is saved shows at once on the exhibition page, the ticket and 查档.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { PickerField } from '../../../components/form/PickerField';
import { Notice } from '../../../components/Notice';
import { isSuccessResult } from '../../../graphql/errors';
import type { ViewerFieldsFragment } from '../../../graphql/generated/operations';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { canEditVenues } from '../access';
import {
  StaffUseArchiveVenueDocument,
  StaffVenueEditingDocument,
  type StaffVenueEditingQuery,
  StaffVenueTargetsDocument,
  type StaffVenueTargetsQuery,
} from '../graphql';
import { venueErrorMessage } from './messages';
import { VenueForm } from './VenueForm';
import '../staff.css';
import './venues.css';

/** 'A:<branch id>' or 'E:<exhibition id>'. */
type Target = string;

function targetsOf(data: StaffVenueTargetsQuery, account: ViewerFieldsFragment) {
  const admin = account.role === 'ADMIN';
  const branches = data.branches.filter((b) => admin || b.id === account.branch?.id);
  const inScope = new Set(branches.map((b) => b.id));
  return [
    ...branches.map((b) => ({ value: `A:${b.id}`, label: b.name })),
    ...data.staffExhibitions
      .filter((e) => e.mode === 'ONSITE' && inScope.has(e.branch.id))
      .map((e) => ({ value: `E:${e.id}`, label: `展览 · ${e.title}` })),
  ];
}

export function VenueEditor({ account, exhibitionId }: { account: ViewerFieldsFragment; exhibitionId?: string }) {
  const targets = useQuery(StaffVenueTargetsDocument, {});
  const [target, setTarget] = useState<Target>(exhibitionId ? `E:${exhibitionId}` : `A:${account.branch?.id ?? ''}`);
  if (!canEditVenues(account.role)) {
    return (
      <Notice title="仅限管理员" className="venue-editor">
        <Text>场馆信息由本馆管理员或市级管理员修改。</Text>
      </Notice>
    );
  }
  return (
    <View className="venue-editor" data-testid="venue-editor">
      <DataState state={targets.state} onRetry={targets.refetch} emptyText="没有可编辑的场馆">
        {(data) => {
          const options = targetsOf(data, account);
          const chosen = options.some((o) => o.value === target) ? target : (options[0]?.value ?? '');
          return (
            <>
              <View className="staff-form">
                <PickerField
                  label="编辑对象"
                  value={chosen}
                  options={options}
                  onChange={setTarget}
                  hint="档案馆的场馆信息；展览在别处举办时可单独设置"
                />
              </View>
              {chosen ? <VenueOf key={chosen} target={chosen} /> : null}
            </>
          );
        }}
      </DataState>
    </View>
  );
}

function VenueOf({ target }: { target: Target }) {
  const [kind, id] = target.split(':');
  const owner = kind === 'E' ? { exhibitionId: id } : { branchId: id };
  const query = useQuery(StaffVenueEditingDocument, owner);
  return (
    <DataState state={query.state} onRetry={query.refetch}>
      {(data) => <Editing answer={data.staffVenue} owner={owner} onChanged={() => void query.refetch()} />}
    </DataState>
  );
}

function Editing({
  answer,
  owner,
  onChanged,
}: {
  answer: StaffVenueEditingQuery['staffVenue'];
  owner: { branchId: string } | { exhibitionId: string };
  onChanged: () => void;
}) {
  // An exhibition without its own venue is held at its archive until staff choose 另设场馆.
  const [ownVenue, setOwnVenue] = useState(false);
  const back = useMutation(StaffUseArchiveVenueDocument);
  const [failure, setFailure] = useState<string | null>(null);
  if (!isSuccessResult(answer)) {
    return <Notice title="无法编辑">{venueErrorMessage(answer)}</Notice>;
  }
  const editing = answer.data;

  async function returnToArchiveVenue() {
    const { confirm } = await Taro.showModal({ title: '改回本馆场馆', content: '展览将使用档案馆的地址和开放时间。' });
    if (!confirm || !('exhibitionId' in owner)) return;
    const result = await back.run({ exhibitionId: owner.exhibitionId });
    if (!result.ok) return setFailure('网络异常，请稍后重试');
    const payload = result.data.useArchiveVenue;
    if (!isSuccessResult(payload)) return setFailure(venueErrorMessage(payload));
    setOwnVenue(false);
    onChanged();
  }

  if (editing.ownerKind === 'EXHIBITION' && !editing.venue && !ownVenue) {
    return (
      <View className="venue-editor__inherited" data-testid="venue-inherited">
        <Notice title={`${editing.title}`}>
          <Text>{`在档案馆举办，使用本馆场馆信息：${editing.archiveVenue?.address ?? '本馆尚未填写场馆信息'}`}</Text>
        </Notice>
        <Button block variant="ghost" onClick={() => setOwnVenue(true)} className="venue-editor__own">
          另设展览场馆（在别处举办）
        </Button>
      </View>
    );
  }
  return (
    <View>
      {editing.venue?.isExample ? (
        <Notice tone="warning" title="当前为示例信息">
          <Text>市民看到“示例信息，以档案馆公布为准”。请核对后保存本馆的真实信息。</Text>
        </Notice>
      ) : null}
      <VenueForm
        owner={owner}
        initial={editing.venue ?? editing.archiveVenue ?? null}
        onSaved={() => {
          setOwnVenue(false);
          onChanged();
        }}
      />
      {editing.ownerKind === 'EXHIBITION' && editing.venue ? (
        <Button block variant="ghost" loading={back.pending} onClick={() => void returnToArchiveVenue()}>
          改回使用本馆场馆信息
        </Button>
      ) : null}
      {failure ? <Text className="staff-form__error">{failure}</Text> : null}
    </View>
  );
}
