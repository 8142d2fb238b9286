// The account pages are administrators' (the server refuses everyone else too): others are told so.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { administersStaff } from '@zz/shared/identity/staff-accounts';
import type { StaffRole } from '@zz/shared/identity/staff-roles';
import type { ReactNode } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';

export function AdministratorOnly({ role, children }: { role: StaffRole | null | undefined; children: ReactNode }) {
  if (administersStaff(role)) return <>{children}</>;
  return (
    <View className="staff-gate" data-testid="staff-forbidden">
      <Notice tone="warning" title="无权使用此功能">
        <Text>工作人员账号由本馆管理员或市级管理员管理。</Text>
      </Notice>
      <Button variant="secondary" block onClick={() => void Taro.navigateBack()}>
        返回
      </Button>
    </View>
  );
}
