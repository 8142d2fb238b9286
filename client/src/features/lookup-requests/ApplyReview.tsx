// 请核对申请信息: everything the citizen typed, in full. It is their own input on their own phone, so nothing is
// masked here; the server masks it in every answer from now on.
import { Image, Text, View } from '@tarojs/components';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import { clueEntries } from '@zz/shared/lookup/clue-models';
import {
  LOOKUP_DELIVERY_LABELS,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RELATION_LABELS,
  LOOKUP_USE_LABELS,
  SUPPORTING_DOCUMENT_KIND_LABELS,
} from '@zz/shared/lookup/vocabularies';
import { imageAlt } from '../../components/a11y';
import { Cell, CellGroup } from '../../components/Cell';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import type { SubmitLookupRequestInput } from '../../graphql/generated/schema';
import { type ApplyDraft, needsVisit, requirementOf } from './apply-draft';
import type { LookupArchive } from './types';

export function ApplyReview(props: {
  draft: ApplyDraft;
  input: SubmitLookupRequestInput;
  archives: readonly LookupArchive[];
}) {
  const { draft, input, archives } = props;
  const nameOf = (id: string | null | undefined) =>
    id ? (archives.find((a) => a.branch.id === id)?.branch.name ?? '') : '不详（由工作人员确定）';
  const documents = requirementOf(draft).documents;
  const person = (p: { name: string; documentType?: string | null; documentNumber: string }) =>
    `${DOCUMENT_TYPE_LABELS[(p.documentType ?? 'RESIDENT_ID') as keyof typeof DOCUMENT_TYPE_LABELS]} ${p.documentNumber}`;

  return (
    <View className="lookup-review" data-testid="lookup-review">
      <Text className="lookup-step__lead">请逐项核对，确认无误后提交。</Text>
      <CellGroup>
        <Cell label="档案类型" value={LOOKUP_RECORD_TYPE_LABELS[input.recordType]} />
        <Cell label="与当事人关系" value={LOOKUP_RELATION_LABELS[input.relation]} />
      </CellGroup>
      <Section title="申请人">
        <CellGroup className="lookup-review__applicant">
          <Cell label={input.applicant.name} hint={person(input.applicant)} />
          <Cell label="手机号码" value={input.phone} />
        </CellGroup>
      </Section>
      {input.subject ? (
        <Section title="档案当事人">
          <CellGroup className="lookup-review__subject">
            <Cell label={input.subject.name} hint={person(input.subject)} />
          </CellGroup>
        </Section>
      ) : null}
      <Section title="查档线索">
        <CellGroup className="lookup-review__clues">
          {/* reveal: the citizen's own clues, names included, as typed. */}
          {clueEntries(input.recordType, input.clues, true).map((entry) => (
            <Cell key={entry.key} label={entry.label} hint={entry.value} />
          ))}
        </CellGroup>
      </Section>
      <Section title="用途与方式">
        <CellGroup>
          <Cell
            label="查档用途"
            value={
              input.purpose === 'OTHER' ? `其他：${input.purposeText ?? ''}` : LOOKUP_PURPOSE_LABELS[input.purpose]
            }
          />
          <Cell label="利用方式" value={LOOKUP_USE_LABELS[input.use]} />
          <Cell label="领取方式" value={LOOKUP_DELIVERY_LABELS[input.delivery]} />
          {input.postalAddress ? <Cell label="邮寄地址" hint={input.postalAddress} /> : null}
        </CellGroup>
      </Section>
      <Section title="档案馆">
        <CellGroup className="lookup-review__archives">
          <Cell label="受理档案馆" value={nameOf(input.receivingBranchId)} />
          <Cell label="档案保管馆" value={nameOf(input.holdingBranchId)} />
        </CellGroup>
      </Section>
      {documents.length > 0 ? (
        <Section title="证明材料照片">
          <View className="lookup-review__photos">
            {documents.map((kind) => {
              const photo = draft.attachments[kind];
              return photo ? (
                <View key={kind} className="lookup-review__photo">
                  <Image
                    className="lookup-review__image"
                    src={photo.preview}
                    mode="aspectFill"
                    {...imageAlt(SUPPORTING_DOCUMENT_KIND_LABELS[kind])}
                  />
                  <Text className="lookup-review__photo-label">{SUPPORTING_DOCUMENT_KIND_LABELS[kind]}</Text>
                </View>
              ) : null;
            })}
          </View>
        </Section>
      ) : null}
      {needsVisit(draft) ? (
        <Notice tone="warning" className="lookup-review__visit">
          <Text>本次查档需要到馆。提交后，请在申请页预约受理档案馆查阅室的到馆时间。</Text>
        </Notice>
      ) : null}
    </View>
  );
}
