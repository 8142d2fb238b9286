// The certificate's QR code: its public verification URL, which any phone camera opens. Drawn as a GIF data URL
// by qrcode-generator, the library the ticket uses; the build copies it into this subpackage (see
// config/subpackage-chunks.ts), so neither the main package nor the booking subpackage carries it for us.
import { Image, Text, View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { imageAlt } from '../../components/a11y';

export function CertificateQr({ url, caption }: { url: string; caption: string }) {
  const src = useMemo(() => {
    // Level M survives a printed or photographed copy; type 0 picks the smallest version that fits the URL.
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    return code.createDataURL(6, 12);
  }, [url]);

  return (
    <View className="certificate-qr" data-testid="certificate-qr">
      <Image
        className="certificate-qr__image"
        src={src}
        mode="aspectFit"
        {...imageAlt(`查档证明的核验二维码，扫码打开：${url}`)}
      />
      <Text className="certificate-qr__caption">{caption}</Text>
    </View>
  );
}
