// 证件号核验: for visitors without their phone. Staff pick one of today's slots and type the document.

import { Text, View } from '@tarojs/components';
import { type DocumentType, documentNumberMessage, normalizeDocumentNumber } from '@zz/shared/identity/documents';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { DocumentFields } from '../../../components/form/DocumentFields';
import { useQuery } from '../../../graphql/use-query';
import { todayDate } from '../../../lib/format';
import { slotTimeRange } from '../format';
import { StaffTodayDocument, type StaffTodayQuery } from '../graphql';
import { Chips } from '../ui/Chips';
import '../staff.css';

/** Today's slots, grouped by exhibition, as choices. */
function slotGroups(data: StaffTodayQuery) {
  return data.staffExhibitions
    .filter((exhibition) => exhibition.slots.length > 0)
    .map((exhibition) => ({
      title: exhibition.title,
      options: exhibition.slots.map((slot) => ({
        value: slot.id,
        label: slotTimeRange(slot),
        disabled: slot.status === 'CLOSED',
        endAt: slot.endAt,
      })),
    }));
}

type SlotGroup = ReturnType<typeof slotGroups>[number];

export function DocumentCheckIn(props: {
  pending: boolean;
  onSubmit: (input: { slotId: string; documentType: DocumentType; documentNumber: string }) => Promise<boolean>;
}) {
  const query = useQuery(StaffTodayDocument, { date: todayDate() });
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => slotGroups(data).length === 0}
      emptyText="今日没有场次，无需核验"
    >
      {(data) => <DocumentForm groups={slotGroups(data)} {...props} />}
    </DataState>
  );
}

function DocumentForm({
  groups,
  pending,
  onSubmit,
}: {
  groups: SlotGroup[];
  pending: boolean;
  onSubmit: (input: { slotId: string; documentType: DocumentType; documentNumber: string }) => Promise<boolean>;
}) {
  // Default to the first open slot that has not ended: the one visitors are most likely arriving for.
  const [slotId, setSlotId] = useState(() => {
    const open = groups.flatMap((group) => group.options).filter((o) => !o.disabled);
    return (open.find((o) => Date.parse(o.endAt) > Date.now()) ?? open[0])?.value;
  });
  const [documentType, setDocumentType] = useState<DocumentType>('RESIDENT_ID');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!slotId) return setError('请选择场次');
    const problem = documentNumberMessage(documentType, number);
    if (problem) return setError(problem);
    setError(null);
    const admitted = await onSubmit({
      slotId,
      documentType,
      documentNumber: normalizeDocumentNumber(documentType, number),
    });
    if (admitted) setNumber('');
  }

  return (
    <View className="staff-form checkin-document" data-testid="checkin-document">
      <Text className="zz-field__label">场次（今日）</Text>
      <View data-testid="checkin-document-slots">
        {groups.map((group) => (
          <View key={group.title}>
            <Text className="checkin-document__exhibition">{group.title}</Text>
            <Chips options={group.options} selected={slotId ? [slotId] : []} onToggle={setSlotId} />
          </View>
        ))}
      </View>
      <DocumentFields
        documentType={documentType}
        documentNumber={number}
        onTypeChange={setDocumentType}
        onNumberChange={(value) => {
          setNumber(value);
          setError(null);
        }}
        numberError={error}
        numberPlaceholder="请输入完整证件号码"
        numberClassName="checkin-document__number"
      />
      <Button block loading={pending} onClick={() => void submit()} className="checkin-document__submit">
        核验入馆
      </Button>
    </View>
  );
}
