// One uploaded picture in a form: its preview and the button that uploads (or replaces) it.
import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import { imageAlt } from '../../../components/a11y';
import { Button } from '../../../components/Button';
import { FieldRow } from '../../../components/form/Field';
import { assetUrl } from '../../../lib/asset-url';
import { uploadImageWithFeedback } from './upload-image';

/** An uploaded image's preview and the button that (re)places it. `src` is a /media/… path. */
export function ImagePick(props: {
  src: string;
  label: string;
  onUploaded: (image: { url: string; width: number; height: number }) => void;
  onClear?: () => void;
  error?: string | null;
  className?: string;
}) {
  const [uploading, setUploading] = useState(false);
  async function pick() {
    setUploading(true);
    const image = await uploadImageWithFeedback();
    setUploading(false);
    if (image) props.onUploaded(image);
  }
  const url = assetUrl(props.src);
  return (
    <FieldRow label={props.label} error={props.error} className={props.className}>
      <View className="studio-image" data-testid="studio-image" data-uploaded={props.src ? 'true' : 'false'}>
        {url ? (
          <Image
            className="studio-image__preview"
            src={url}
            mode="aspectFill"
            {...imageAlt(`${props.label ?? ''}已选图片`)}
          />
        ) : null}
        <View className="studio-image__buttons">
          <Button
            size="sm"
            variant="secondary"
            loading={uploading}
            onClick={() => void pick()}
            className="studio-image__pick"
          >
            {props.src ? '更换图片' : '上传图片'}
          </Button>
          {props.onClear ? (
            <Button size="sm" variant="ghost" onClick={props.onClear} className="studio-image__clear">
              移除
            </Button>
          ) : null}
        </View>
      </View>
    </FieldRow>
  );
}
