// One supporting document as a photo: take or choose it, see it, replace or remove it. The upload happens at
// once (see upload.ts), so the form only holds the server's id; a failure says why in place.
import { Image, Text, View } from '@tarojs/components';
import { SUPPORTING_DOCUMENT_KIND_LABELS, type SupportingDocumentKind } from '@zz/shared/lookup/vocabularies';
import { useState } from 'react';
import { imageAlt } from '../../components/a11y';
import { Button } from '../../components/Button';
import { cx } from '../../lib/cx';
import type { AttachedPhoto } from './apply-draft';
import { pickAndUploadPhoto } from './upload';

export interface PhotoFieldProps {
  kind: SupportingDocumentKind;
  photo: AttachedPhoto | undefined;
  onChange: (photo: AttachedPhoto | null) => void;
  /** The form's message for a missing photo. */
  error?: string | null;
}

export function PhotoField({ kind, photo, onChange, error }: PhotoFieldProps) {
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const label = SUPPORTING_DOCUMENT_KIND_LABELS[kind];

  async function pick() {
    setFailure(null);
    setUploading(true);
    const result = await pickAndUploadPhoto();
    setUploading(false);
    if (result.status === 'uploaded') onChange({ uploadId: result.upload.id, preview: result.preview });
    else if (result.status === 'failed') setFailure(result.message);
  }

  const message = failure ?? (photo ? null : error);
  return (
    <View
      className={cx('lookup-photo', message && 'lookup-photo--invalid')}
      data-testid="lookup-photo"
      data-kind={kind}
      data-uploaded={photo ? 'true' : 'false'}
    >
      <Text className="lookup-photo__label">{label}</Text>
      {photo ? (
        <Image className="lookup-photo__image" src={photo.preview} mode="aspectFit" {...imageAlt(`${label}照片`)} />
      ) : null}
      <View className="lookup-photo__actions">
        <Button
          size="sm"
          variant={photo ? 'secondary' : 'primary'}
          loading={uploading}
          onClick={() => void pick()}
          className="lookup-photo__pick"
        >
          {photo ? '重新上传' : '拍照或选择照片'}
        </Button>
        {photo && !uploading ? (
          <Button size="sm" variant="ghost" onClick={() => onChange(null)} className="lookup-photo__remove">
            删除
          </Button>
        ) : null}
      </View>
      {message ? <Text className="zz-field__error">{message}</Text> : null}
    </View>
  );
}
