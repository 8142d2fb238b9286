// The sign-in a like needs, as a sheet over the article: the same panel as 我的, so the reader stays on the article
// and the like goes through right after signing in.
import { Text, View } from '@tarojs/components';
import { DataState } from '../../components/DataState';
import { SignInPanel } from '../session/SignInPanel';
import { useViewer } from '../session/use-viewer';

export function LikeSignIn({ onClose, onSignedIn }: { onClose: () => void; onSignedIn: () => void }) {
  const viewer = useViewer();
  return (
    <View className="like-sign-in" data-testid="like-sign-in">
      <View className="like-sign-in__mask" onClick={onClose} />
      <View className="like-sign-in__sheet">
        <View className="like-sign-in__head">
          <Text className="like-sign-in__title">登录后即可点赞</Text>
          <View className="like-sign-in__close" onClick={onClose}>
            <Text>关闭</Text>
          </View>
        </View>
        <DataState state={viewer.state} onRetry={viewer.refetch}>
          {({ authOptions }) => (
            <SignInPanel authOptions={authOptions} onSignedIn={onSignedIn} title="登录后即可点赞，也能预约参观" />
          )}
        </DataState>
      </View>
    </View>
  );
}
