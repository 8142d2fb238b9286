// 编辑展览: the exhibition's information, and for an onsite exhibition its booking rules, weekly plan and
// slot generation, on tabs. A new exhibition gets its information first, then opens as an existing one.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { DataState, EmptyState } from '../../../components/DataState';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { useQuery } from '../../../graphql/use-query';
import { cx } from '../../../lib/cx';
import { StaffExhibitionEditorDocument, type StaffExhibitionEditorQuery } from '../graphql';
import { staffRoutes } from '../routes';
import { ExhibitionForm } from './ExhibitionForm';
import { GenerateSlotsForm } from './GenerateSlotsForm';
import { PolicyForm } from './PolicyForm';
import { WeeklyPlanEditor } from './WeeklyPlanEditor';
import '../staff.css';
import './exhibitions.css';

type Tab = 'INFO' | 'POLICY' | 'PLAN';
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'INFO', label: '展览信息' },
  { key: 'POLICY', label: '预约规则' },
  { key: 'PLAN', label: '每周场次' },
];

export function ExhibitionEditor({ id, admin }: { id?: string; admin: boolean }) {
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle({ title: '新建展览' }).catch(() => undefined);
  }, [id]);
  if (!id) {
    return (
      <ExhibitionForm
        exhibition={null}
        chooseBranch={admin}
        onSaved={(created) => void Taro.redirectTo({ url: staffRoutes.exhibitionEdit(created.id) })}
      />
    );
  }
  return <ExistingExhibition id={id} />;
}

function ExistingExhibition({ id }: { id: string }) {
  const query = useQuery(StaffExhibitionEditorDocument, { id });
  return (
    <DataState state={query.state} onRetry={query.refetch}>
      {(data) =>
        data.exhibition ? (
          <EditorTabs exhibition={data.exhibition} onSaved={() => void query.refetch()} />
        ) : (
          <EmptyState text="展览不存在，可能已被删除" />
        )
      }
    </DataState>
  );
}

function EditorTabs({
  exhibition,
  onSaved,
}: {
  exhibition: NonNullable<StaffExhibitionEditorQuery['exhibition']>;
  onSaved: () => void;
}) {
  const [tab, setTab] = useState<Tab>('INFO');
  const onsite = exhibition.mode === 'ONSITE';
  // Every tab stays mounted, so unsaved input survives switching tabs.
  return (
    <View className="exhibition-editor" data-testid="exhibition-editor">
      <Text className="exhibition-editor__title">{exhibition.title}</Text>
      <Tabs items={TABS} value={tab} onChange={setTab} />
      <View className={cx(tab !== 'INFO' && 'is-hidden')}>
        <ExhibitionForm exhibition={exhibition} chooseBranch={false} onSaved={onSaved} />
      </View>
      {onsite ? (
        <>
          <View className={cx(tab !== 'POLICY' && 'is-hidden')}>
            <PolicyForm exhibitionId={exhibition.id} policy={exhibition.bookingPolicy} onSaved={onSaved} />
          </View>
          <View className={cx(tab !== 'PLAN' && 'is-hidden')}>
            <WeeklyPlanEditor
              exhibitionId={exhibition.id}
              templates={exhibition.slotTemplates}
              closedWeekdays={exhibition.bookingPolicy.closedWeekdays}
            />
            <Section title="生成场次">
              <GenerateSlotsForm exhibitionId={exhibition.id} />
            </Section>
          </View>
        </>
      ) : tab !== 'INFO' ? (
        <Notice title="网上展厅无需预约">
          <Text>网上展厅没有预约规则和场次。如需预约参观，请将展览形式改为「实体展览」并保存。</Text>
        </Notice>
      ) : null}
    </View>
  );
}
