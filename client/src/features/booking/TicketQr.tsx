// The e-ticket's QR code, drawn as a GIF data URL (pure JS, so it works the same on weapp and H5).
// Lives in the booking subpackage so qrcode-generator stays out of the main package.
import { Image, Text, View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { imageAlt } from '../../components/a11y';
import './booking.css';

export function TicketQr({ value, caption }: { value: string; caption?: string }) {
  const src = useMemo(() => {
    // Level M survives a scuffed phone screen; type 0 picks the smallest version that fits.
    const code = qrcode(0, 'M');
    code.addData(value);
    code.make();
    return code.createDataURL(8, 16);
  }, [value]);

  return (
    <View className="ticket-qr" data-testid="ticket-qr">
      <Image
        className="ticket-qr__image"
        src={src}
        mode="aspectFit"
        {...imageAlt(`入馆二维码${caption ? `（${caption}）` : ''}：入馆时出示给工作人员扫码核验`)}
      />
      {caption ? <Text className="ticket-qr__caption">{caption}</Text> : null}
    </View>
  );
}
