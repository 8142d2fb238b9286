// 发布单位: administrators publish for any archive or for the bureau itself; other staff never see this field,
// since the server files their content under their own archive.
import { PickerField } from '../../../components/form/PickerField';
import { useQuery } from '../../../graphql/use-query';
import { StaffBranchesDocument } from '../graphql';

export function BranchPicker(props: { value: string; onChange: (id: string) => void; error?: string }) {
  const query = useQuery(StaffBranchesDocument, {});
  const options = [
    { value: '', label: '不指定档案馆（以市档案局名义）' },
    ...(query.state.status === 'success'
      ? query.state.data.branches.map((b) => ({ value: b.id, label: b.shortName }))
      : []),
  ];
  return (
    <PickerField
      label="发布单位"
      value={props.value}
      options={options}
      onChange={props.onChange}
      error={props.error}
      hint={query.state.status === 'failure' ? '档案馆列表加载失败' : undefined}
      className="studio-form__branch"
    />
  );
}
