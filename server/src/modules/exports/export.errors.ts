import { DomainError } from '../../errors';

export class ExportRequestNotFoundError extends DomainError {
  constructor() {
    super('未找到该导出申请');
  }
}

/** An approval the rules refuse: the requester approving their own export, or a request no longer pending. */
export class ExportApprovalRefusedError extends DomainError {
  constructor(
    readonly rule: 'SELF_APPROVAL' | 'NOT_PENDING',
    message: string,
  ) {
    super(message);
  }
}
