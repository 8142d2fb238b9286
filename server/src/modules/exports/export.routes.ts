// The HTTP face of CSV exports (app.ts routes /exports/* here), all GET with the staff session's Bearer token:
//   /exports/bookings.csv?from&to[&exhibitionId][&branchId]   bookings, one row per visitor, masked
//   /exports/lookups.csv?from&to[&status][&branchId]          lookup requests, masked
//   /exports/audit-log.csv?from&to[&branchId]                 the audit log (administrators)
//   /exports/download?request=<id>                            an approved unmasked export, once, by its requester
// The file streams from keyset-paged reads straight to the response; nothing is written on the server. A
// refusal is `{ error: { code, message } }` like the uploads routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_DOWNLOAD_PATH, EXPORT_PATHS, type ExportKind } from '@zz/shared';
import type { Deps } from '../../context';
import { inTransaction } from '../../db/executor';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import { idOrNull } from '../../graphql/ids';
import type { Actor } from '../../platform/access/actor';
import type { AuditSource } from '../../platform/audit/audit-log';
import { sendJson } from '../../platform/http/http';
import { streamCsv } from './export.csv';
import {
  claimUnmaskedDownload,
  type DownloadRefusal,
  EXPORT_HEADERS,
  type ExportQuery,
  exportRecords,
  type PlannedExport,
  startMaskedExport,
} from './export.service';

export interface ExportRoutesOptions extends Deps {
  batchRows: number;
  resolveActor(authorization: string | null): Promise<Actor | null>;
  sourceOf(req: IncomingMessage): AuditSource;
}

class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DOWNLOAD_REFUSALS: Record<DownloadRefusal, ExportRefusal> = {
  NOT_FOUND: new ExportRefusal(404, 'EXPORT_NOT_FOUND', '未找到该导出申请'),
  NOT_APPROVED: new ExportRefusal(403, 'EXPORT_NOT_APPROVED', '该导出需另一位管理员审批后才能下载'),
  REFUSED: new ExportRefusal(403, 'EXPORT_REFUSED', '该导出申请已被拒绝'),
  ALREADY_DOWNLOADED: new ExportRefusal(410, 'EXPORT_ALREADY_DOWNLOADED', '该导出已下载过，每次审批只能下载一次'),
  EXPIRED: new ExportRefusal(410, 'EXPORT_EXPIRED', '该导出已过下载期限，请重新申请'),
};

const KIND_OF_PATH = new Map<string, ExportKind>(
  Object.entries(EXPORT_PATHS).map(([kind, path]) => [path, kind as ExportKind]),
);

function queryOf(kind: ExportKind, url: URL): ExportQuery {
  const optionalId = (name: string) => {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') return null;
    const id = idOrNull(raw);
    if (id === null) throw new ExportRefusal(400, 'EXPORT_INVALID_REQUEST', `参数 ${name} 无效`);
    return id;
  };
  return {
    kind,
    from: url.searchParams.get('from') ?? '',
    to: url.searchParams.get('to') ?? '',
    exhibitionId: optionalId('exhibitionId'),
    status: url.searchParams.get('status') || null,
    branchId: optionalId('branchId'),
  };
}

export function createExportRoutes(options: ExportRoutesOptions): (req: IncomingMessage, res: ServerResponse) => void {
  async function send(res: ServerResponse, planned: PlannedExport) {
    const stamp = `${planned.filters.from}_${planned.filters.to}`;
    const name = `${planned.kind.toLowerCase()}_${stamp}${planned.unmasked ? '_unmasked' : ''}.csv`;
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'x-export-rows': String(planned.rowCount),
    });
    await streamCsv(res, EXPORT_HEADERS[planned.kind], exportRecords(options, planned, options.batchRows));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET') throw new ExportRefusal(405, 'EXPORT_METHOD_NOT_ALLOWED', '不支持该请求方法');
    const url = new URL(req.url ?? '/', 'http://exports.invalid');
    const actor = await options.resolveActor(req.headers.authorization ?? null);
    if (!actor) throw new ExportRefusal(401, 'UNAUTHENTICATED', '请先登录');
    const source = options.sourceOf(req);
    if (url.pathname === EXPORT_DOWNLOAD_PATH) {
      const id = idOrNull(url.searchParams.get('request'));
      if (id === null) throw DOWNLOAD_REFUSALS.NOT_FOUND;
      // The claim and its audit record commit together before the first byte: no record, no download.
      const claimed = await inTransaction(options.db, (trx) =>
        claimUnmaskedDownload({ ...options, db: trx }, actor, id, source),
      );
      if (typeof claimed === 'string') throw DOWNLOAD_REFUSALS[claimed];
      return send(res, claimed);
    }
    const kind = KIND_OF_PATH.get(url.pathname);
    if (!kind) throw new ExportRefusal(404, 'EXPORT_NOT_FOUND', '未找到该导出');
    const planned = await inTransaction(options.db, (trx) =>
      startMaskedExport({ ...options, db: trx }, actor, queryOf(kind, url), source),
    );
    return send(res, planned);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => answerRefusal(res, error));
  };
}

function answerRefusal(res: ServerResponse, error: unknown): void {
  let refusal: ExportRefusal;
  if (error instanceof ExportRefusal) refusal = error;
  else if (error instanceof NotAuthorizedError)
    refusal = new ExportRefusal(error.reason === 'UNAUTHENTICATED' ? 401 : 403, error.reason, error.message);
  else if (error instanceof InputValidationError)
    refusal = new ExportRefusal(400, 'EXPORT_INVALID_REQUEST', error.message);
  else {
    if (!res.destroyed) console.error('export failed', error);
    refusal = new ExportRefusal(500, 'EXPORT_FAILED', '导出失败，请稍后再试');
  }
  // Once the file has started, a failure can only cut it short: the client sees an incomplete download. A client
  // that went away (closed the page) is no server failure.
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, refusal.status, { error: { code: refusal.code, message: refusal.message } }, { connection: 'close' });
}
