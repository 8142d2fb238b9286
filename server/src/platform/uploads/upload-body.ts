// The file in an upload request's body, already read within the byte limit: either the whole body (a raw
// image), or the one file part of a multipart/form-data body, which is what Taro.uploadFile / wx.uploadFile
// always send (the part's field `name` is the caller's choice, so any name is accepted).
import type { IncomingHttpHeaders } from 'node:http';
import busboy from 'busboy';
import { refuse } from './upload.errors';

export function fileInBody(headers: IncomingHttpHeaders, body: Buffer): Promise<Buffer> {
  const type = headers['content-type'] ?? '';
  return /^multipart\/form-data\b/i.test(type) ? onlyFilePart(headers, body) : Promise.resolve(body);
}

function onlyFilePart(headers: IncomingHttpHeaders, body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const malformed = () => reject(refuse.invalidRequest('上传内容格式有误，请重新选择照片'));
    let parser: busboy.Busboy;
    try {
      // Form fields are read and dropped; a few are allowed because wx.uploadFile may add formData.
      parser = busboy({ headers, limits: { files: 1, fields: 10, parts: 11, fieldSize: 1024 } });
    } catch {
      return malformed();
    }
    const files: Buffer[] = [];
    let tooMany = false;
    parser.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => files.push(Buffer.concat(chunks)));
    });
    parser.on('filesLimit', () => {
      tooMany = true;
    });
    parser.on('partsLimit', () => {
      tooMany = true;
    });
    parser.on('error', malformed);
    parser.on('close', () => {
      if (tooMany) return reject(refuse.invalidRequest('一次只能上传一张照片'));
      if (files.length !== 1) return reject(refuse.invalidRequest('请选择要上传的照片'));
      resolve(files[0]);
    });
    parser.end(body);
  });
}
