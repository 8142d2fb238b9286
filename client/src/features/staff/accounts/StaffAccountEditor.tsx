// 新建 / 编辑工作人员账号: username (new accounts only), name, role and archive, checked with the shared model the
// server parses again; then, for an existing account, 停用 / 启用 and 重置密码. A new account and a reset show the
// one-time password once. The roles offered are those the administrator may give (assignableRoles).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DISPLAY_NAME_MAX_LENGTH } from '@zz/shared/identity/names';
import {
  assignableRoles,
  newStaffModel,
  staffChangesModel,
  USERNAME_MAX_LENGTH,
} from '@zz/shared/identity/staff-accounts';
import type { StaffRole } from '@zz/shared/identity/staff-roles';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { PickerField } from '../../../components/form/PickerField';
import { TextField } from '../../../components/form/TextField';
import { Notice } from '../../../components/Notice';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../../graphql/errors';
import type { ViewerFieldsFragment } from '../../../graphql/generated/operations';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import {
  StaffAccountFormDocument,
  type StaffAccountFormQuery,
  type StaffAccountRowFragment,
  StaffCreateAccountDocument,
  StaffDisableAccountDocument,
  StaffEnableAccountDocument,
  StaffResetPasswordDocument,
  StaffUpdateAccountDocument,
} from '../graphql';
import { accountErrorMessage, ROLE_OPTIONS } from './messages';
import { OneTimePassword } from './OneTimePassword';
import '../staff.css';
import './accounts.css';

const CHECK_FIELDS = '请检查标出的项目';

export function StaffAccountEditor({ id, viewer }: { id?: string; viewer: ViewerFieldsFragment }) {
  const query = useQuery(StaffAccountFormDocument, { id: id ?? '0', withAccount: Boolean(id) });
  return (
    <View className="staff-account-edit" data-testid="staff-account-edit">
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => Boolean(id) && !data.staffAccount}
        emptyText="找不到该账号，或它不属于您管理的档案馆"
      >
        {(data) => <AccountForm key={data.staffAccount?.id ?? 'new'} data={data} viewer={viewer} />}
      </DataState>
    </View>
  );
}

function AccountForm({ data, viewer }: { data: StaffAccountFormQuery; viewer: ViewerFieldsFragment }) {
  const [account, setAccount] = useState<StaffAccountRowFragment | null>(data.staffAccount ?? null);
  const self = account?.id === viewer.id;
  const cityWide = viewer.role === 'ADMIN';
  const roles: readonly StaffRole[] = self && account ? [account.role] : assignableRoles(viewer.role);
  const branches = cityWide ? data.branches : data.branches.filter((b) => b.id === viewer.branch?.id);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(account?.displayName ?? '');
  const [role, setRole] = useState<StaffRole>(account?.role ?? roles[roles.length - 1] ?? 'CHECKER');
  const [branchId, setBranchId] = useState(account?.branch?.id ?? viewer.branch?.id ?? branches[0]?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [oneTime, setOneTime] = useState<{ username: string; password: string } | null>(null);
  const create = useMutation(StaffCreateAccountDocument);
  const update = useMutation(StaffUpdateAccountDocument);
  const disable = useMutation(StaffDisableAccountDocument);
  const enable = useMutation(StaffEnableAccountDocument);
  const reset = useMutation(StaffResetPasswordDocument);

  function refused(answer: {
    __typename: string;
    message: string;
    fieldErrors?: Array<{ path: string; message: string }>;
  }) {
    if (answer.__typename === 'InputValidationError' && answer.fieldErrors) {
      setErrors(messagesByPath(answer.fieldErrors));
      return setFailure(CHECK_FIELDS);
    }
    setFailure(accountErrorMessage(answer));
  }

  async function save() {
    setFailure(null);
    const values = { displayName, role, branchId };
    const checked = account ? staffChangesModel.safeParse(values) : newStaffModel.safeParse({ ...values, username });
    setErrors(checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error)));
    if (!checked.success) return setFailure(CHECK_FIELDS);
    if (account) {
      const result = await update.run({ id: account.id, input: values });
      if (!result.ok) return setFailure(describeFailure(result.failure));
      const answer = result.data.updateStaffAccount;
      if (!isSuccessResult(answer)) return refused(answer);
      setAccount(answer.data);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      return;
    }
    const result = await create.run({ input: { ...values, username: username.trim().toLowerCase() } });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.createStaffAccount;
    if (!isSuccessResult(answer)) return refused(answer);
    setAccount(answer.data.account);
    setOneTime({ username: answer.data.account.username, password: answer.data.oneTimePassword });
  }

  async function toggleDisabled() {
    if (!account) return;
    const disabling = !account.disabled;
    const { confirm } = await Taro.showModal({
      title: disabling ? '停用账号' : '启用账号',
      content: disabling ? '停用后该账号立即退出登录，且无法再登录。' : '启用后该账号可以再次登录。',
    });
    if (!confirm) return;
    setFailure(null);
    const result = disabling ? await disable.run({ id: account.id }) : await enable.run({ id: account.id });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer =
      'disableStaffAccount' in result.data ? result.data.disableStaffAccount : result.data.enableStaffAccount;
    if (!isSuccessResult(answer)) return refused(answer);
    setAccount(answer.data);
  }

  async function resetPassword() {
    if (!account) return;
    const { confirm } = await Taro.showModal({
      title: '重置密码',
      content: '将生成新的一次性密码，该账号立即退出登录，下次登录须修改密码。',
    });
    if (!confirm) return;
    setFailure(null);
    const result = await reset.run({ id: account.id });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.resetStaffPassword;
    if (!isSuccessResult(answer)) return refused(answer);
    setAccount(answer.data.account);
    setOneTime({ username: answer.data.account.username, password: answer.data.oneTimePassword });
  }

  return (
    <View className="staff-form staff-account-form" data-testid="staff-account-form">
      {oneTime ? <OneTimePassword username={oneTime.username} password={oneTime.password} /> : null}
      {account ? (
        <Text className="staff-account-form__username" data-testid="staff-account-username">
          用户名：{account.username}
          {account.disabled ? '（已停用）' : ''}
        </Text>
      ) : (
        <TextField
          label="用户名"
          value={username}
          onChange={setUsername}
          maxlength={USERNAME_MAX_LENGTH}
          error={errors.username}
          hint="3–32位小写字母、数字或 _ . -，创建后不能修改"
          className="staff-account-form__username-input"
        />
      )}
      <TextField
        label="姓名"
        value={displayName}
        onChange={setDisplayName}
        maxlength={DISPLAY_NAME_MAX_LENGTH}
        error={errors.displayName}
        className="staff-account-form__name"
      />
      <PickerField
        label="角色"
        value={role}
        options={ROLE_OPTIONS(roles)}
        onChange={setRole}
        error={errors.role}
        hint={self ? '不能修改自己的角色' : undefined}
        className="staff-account-form__role"
      />
      <PickerField
        label="所属档案馆"
        value={branchId}
        options={branches.map((b) => ({ value: b.id, label: b.name }))}
        onChange={setBranchId}
        error={errors.branchId}
        className="staff-account-form__branch"
      />
      {failure ? (
        <Text className="staff-form__error" data-testid="staff-account-failure">
          {failure}
        </Text>
      ) : null}
      <Button
        block
        loading={create.pending || update.pending}
        onClick={() => void save()}
        className="staff-account-form__save"
      >
        {account ? '保存' : '创建账号'}
      </Button>
      {account && !self ? (
        <View className="staff-account-actions">
          <Button block variant="secondary" loading={reset.pending} onClick={() => void resetPassword()}>
            重置密码
          </Button>
          <Button
            block
            variant={account.disabled ? 'secondary' : 'danger'}
            loading={disable.pending || enable.pending}
            onClick={() => void toggleDisabled()}
            className="staff-account-form__toggle"
          >
            {account.disabled ? '启用账号' : '停用账号'}
          </Button>
        </View>
      ) : null}
      {self ? (
        <Notice title="这是您自己的账号">
          <Text>自己的角色、所属档案馆和停用由其他管理员处理；密码请在“修改密码”中修改。</Text>
        </Notice>
      ) : null}
    </View>
  );
}
