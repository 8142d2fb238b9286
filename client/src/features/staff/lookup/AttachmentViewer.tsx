// The photo of an attachment once staff have said why they open it: loading, the photo (on weapp also in WeChat's
// full-screen viewer, which a tap on it opens again), or why it could not be read, with 重试 while the grant lasts.
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { FailureState, LoadingState } from '../../../components/DataState';
import { PLATFORM } from '../../../config';
import { formatDateTime } from '../../../lib/format';
import { type AttachmentImage, loadAttachmentImage, previewAttachmentImage } from './attachment-image';
import type { AttachmentAccess } from './ReasonDialogs';
import '../ui/staff-ui.css';
import { imageAlt } from '../../../components/a11y';

export function AttachmentViewer(props: { access: AttachmentAccess; label: string; onClose: () => void }) {
  // 重试 mounts the photo again, which loads the same grant again.
  const [attempt, setAttempt] = useState(0);
  return (
    // The dialog's overlay and panel, darker and wider for a photo of paper.
    <View className="staff-dialog staff-viewer" catchMove data-testid="staff-lookup-attachment-viewer">
      <View className="staff-dialog__mask" onClick={props.onClose} />
      <View className="staff-dialog__panel">
        <View className="staff-viewer__head">
          <Text className="staff-dialog__title">{props.label}</Text>
          <Button size="sm" variant="ghost" onClick={props.onClose} className="staff-viewer__close">
            关闭
          </Button>
        </View>
        <AttachmentPhoto
          key={attempt}
          path={props.access.path}
          label={props.label}
          onRetry={() => setAttempt((n) => n + 1)}
        />
        <Text className="staff-viewer__note">
          {`本次查看已记录。授权至 ${formatDateTime(props.access.expiresAt)}，过期请关闭后重新查看。`}
        </Text>
      </View>
    </View>
  );
}

function AttachmentPhoto(props: { path: string; label: string; onRetry: () => void }) {
  const [image, setImage] = useState<AttachmentImage | null>(null);

  useEffect(() => {
    let live = true;
    let loaded: AttachmentImage | null = null;
    void loadAttachmentImage(props.path).then((result) => {
      loaded = result;
      if (!live) return;
      setImage(result);
      if (result.status === 'loaded' && PLATFORM === 'weapp') previewAttachmentImage(result.src);
    });
    return () => {
      live = false;
      if (loaded?.status === 'loaded') loaded.release();
    };
  }, [props.path]);

  return (
    <View className="staff-viewer__photo" data-state={image?.status ?? 'loading'}>
      {image === null ? <LoadingState text="正在加载照片…" /> : null}
      {image?.status === 'failed' ? <FailureState message={image.message} onRetry={props.onRetry} /> : null}
      {image?.status === 'loaded' ? (
        <Image
          className="staff-viewer__image"
          src={image.src}
          mode="aspectFit"
          {...imageAlt(`${props.label}照片`)}
          data-testid="staff-lookup-attachment-image"
          onClick={PLATFORM === 'weapp' ? () => previewAttachmentImage(image.src) : undefined}
        />
      ) : null}
    </View>
  );
}
