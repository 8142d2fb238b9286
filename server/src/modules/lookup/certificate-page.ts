// The public verification page a certificate's QR code opens, in any phone's browser: the verdict in large
// type, then the issuer, date, record type and masked name — never the record's content. Plain HTML with no
// script or external resource, so it loads on any phone and leaks nothing to third parties.
import { CERTIFICATE_VERDICT_LABELS, formatBusinessDateTime, LOOKUP_RECORD_TYPE_LABELS } from '@zz/shared';
import type { CertificateVerification } from './certificate.service';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const COLORS = { GENUINE: '#1a7f37', INVALID: '#b42318', REVOKED: '#b54708' } as const;

const EXPLANATIONS = {
  GENUINE: '本证明由下列档案馆出具，签名核验通过。',
  INVALID: '无法核验此二维码：证明编号或签名不符，可能被复制或改动。请向出具证明的档案馆核实。',
  REVOKED: '此证明已被出具档案馆撤销，不再具有证明效力。',
} as const;

export function renderVerificationPage(result: CertificateVerification): string {
  const rows: Array<[string, string | null]> = [
    ['证明编号', result.serial],
    ['出具单位', result.issuerName],
    ['出具日期', result.issuedOn],
    ['档案类型', result.recordType ? LOOKUP_RECORD_TYPE_LABELS[result.recordType] : null],
    ['当事人', result.maskedSubjectName],
    ['撤销时间', result.revokedAt === null ? null : formatBusinessDateTime(result.revokedAt)],
  ];
  const details = rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  const verdict = CERTIFICATE_VERDICT_LABELS[result.verdict];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>查档证明核验 · ${escapeHtml(verdict)}</title>
<style>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:24px;color:#1f2328;background:#f6f8fa}
main{max-width:480px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
h1{font-size:16px;font-weight:normal;color:#59636e;margin:0 0 8px}
.verdict{font-size:32px;font-weight:bold;color:${COLORS[result.verdict]};margin:0 0 12px}
table{width:100%;border-collapse:collapse;margin-top:16px}th{text-align:left;color:#59636e;font-weight:normal;width:6em;padding:6px 0}td{padding:6px 0}
footer{margin-top:20px;font-size:12px;color:#59636e}
</style>
</head>
<body>
<main>
<h1>漳州档案 · 查档证明核验</h1>
<p class="verdict" data-verdict="${result.verdict}">${escapeHtml(verdict)}</p>
<p>${escapeHtml(EXPLANATIONS[result.verdict])}</p>
${details ? `<table>${details}</table>` : ''}
<footer>本页只显示证明的出具信息，不显示档案内容。</footer>
</main>
</body>
</html>
`;
}
