// 补正: the archive asked for more (statusNote says what). The citizen answers with a note, photos of the
// documents the request needs, and, when the clues were the problem, the clues typed again in full (they replace
// the old ones; the old ones are not shown for editing because the server only ever returns names masked).
// The answer goes back to the receiving archive, which checks it as it checks a new request.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CLUE_FIELDS, type ClueKey } from '@zz/shared/lookup/clue-models';
import { LOOKUP_LIMITS, supplementModel } from '@zz/shared/lookup/request-models';
import type { SupportingDocumentKind } from '@zz/shared/lookup/vocabularies';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { TextAreaField, TextField } from '../../components/form/TextField';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../graphql/errors';
import { SupplementLookupDocument } from '../../graphql/generated/lookup/operations';
import { useMutation } from '../../graphql/use-mutation';
import { todayDate } from '../../lib/format';
import type { AttachedPhoto } from './apply-draft';
import { lookupErrorMessage } from './messages';
import { PhotoField } from './PhotoField';
import type { LookupDetail } from './types';

export function SupplementForm(props: {
  request: LookupDetail;
  onDone: (request: LookupDetail) => void;
  onStale: () => void;
}) {
  const { request } = props;
  const [note, setNote] = useState('');
  const [editClues, setEditClues] = useState(false);
  const [clues, setClues] = useState<Partial<Record<ClueKey, string>>>({});
  const [photos, setPhotos] = useState<Partial<Record<SupportingDocumentKind, AttachedPhoto>>>({});
  const [showAll, setShowAll] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const supplement = useMutation(SupplementLookupDocument);
  const fields = CLUE_FIELDS[request.recordType];
  const attached = request.requiredDocuments.filter((kind) => photos[kind]);

  const values = {
    clues: editClues ? Object.fromEntries(fields.map((f) => [f.key, clues[f.key] ?? ''])) : null,
    note,
    attachments: attached.map((kind) => ({ kind, uploadId: photos[kind]?.uploadId ?? '' })),
  };
  const checked = supplementModel(request.recordType, { today: todayDate() }).safeParse(values);
  const problems = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
  const errorOf = (path: string) => (showAll ? problems[path] : null);

  async function send() {
    setShowAll(true);
    setFailure(null);
    if (!checked.success) return;
    const result = await supplement.run({
      id: request.id,
      input: {
        clues: checked.data.clues ?? null,
        note: checked.data.note,
        // The real ids: 32 hex characters of POST /uploads, a string as the schema's ID is.
        attachments: attached.map((kind) => ({ kind, uploadId: photos[kind]?.uploadId ?? '' })),
      },
    });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const payload = result.data.supplementLookupRequest;
    if (isSuccessResult(payload)) {
      props.onDone(payload.data);
      void Taro.showToast({ title: '已提交补正', icon: 'success' });
      return;
    }
    if (payload.__typename === 'LookupRequestChangedError') props.onStale();
    setFailure(lookupErrorMessage(payload));
  }

  return (
    <Section title="补正材料" className="lookup-supplement">
      <View className="zz-card lookup-supplement__card" data-testid="lookup-supplement">
        <Notice tone="warning" title="档案馆需要您补充">
          <Text>{request.statusNote ?? '请补充材料或线索后重新提交。'}</Text>
        </Notice>
        <TextAreaField
          label="补充说明"
          value={note}
          placeholder="回复档案馆的要求，或说明补充了什么"
          maxlength={LOOKUP_LIMITS.note}
          onChange={setNote}
          error={errorOf('note')}
          className="lookup-supplement__note"
        />
        {request.requiredDocuments.map((kind) => (
          <PhotoField
            key={kind}
            kind={kind}
            photo={photos[kind]}
            onChange={(photo) =>
              setPhotos((current) => {
                const next = { ...current };
                if (photo) next[kind] = photo;
                else delete next[kind];
                return next;
              })
            }
          />
        ))}
        {editClues ? (
          <View className="lookup-supplement__clues">
            <Text className="lookup-hint">重新填写全部线索，提交后替换原有线索。</Text>
            {fields.map((field) =>
              field.multiline ? (
                <TextAreaField
                  key={field.key}
                  label={field.label}
                  required={field.required}
                  value={clues[field.key] ?? ''}
                  maxlength={field.max}
                  onChange={(value) => setClues((c) => ({ ...c, [field.key]: value }))}
                  error={errorOf(`clues.${field.key}`)}
                />
              ) : (
                <TextField
                  key={field.key}
                  label={field.label}
                  required={field.required}
                  type={field.kind === 'YEAR' ? 'number' : 'text'}
                  value={clues[field.key] ?? ''}
                  maxlength={field.max}
                  onChange={(value) => setClues((c) => ({ ...c, [field.key]: value }))}
                  error={errorOf(`clues.${field.key}`)}
                />
              ),
            )}
          </View>
        ) : (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setEditClues(true)}
            className="lookup-supplement__edit-clues"
          >
            重新填写查档线索
          </Button>
        )}
        {failure ? (
          <Text className="zz-field__error" data-testid="lookup-supplement-error">
            {failure}
          </Text>
        ) : null}
        <Button block loading={supplement.pending} onClick={() => void send()} className="lookup-supplement__submit">
          提交补正
        </Button>
      </View>
    </Section>
  );
}
