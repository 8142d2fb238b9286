// A request a server has taken but cannot finish yet: a POST /graphql whose headers the server has read (it said
// 100 Continue, so its handler runs) and whose body is sent only when the test says. Graceful-stop tests hold one.
import { request } from 'node:http';

export interface RequestInFlight {
  /** Sends the body; resolves with the answer. */
  finish(): Promise<{ status: number; text: string }>;
  /** The answer, or the error of a connection the server cut. */
  answer: Promise<{ status: number; text: string }>;
}

export async function graphqlRequestInFlight(url: string, query: string): Promise<RequestInFlight> {
  const body = JSON.stringify({ query });
  const req = request(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      expect: '100-continue',
    },
  });
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.once('error', reject);
  });
  // Observed by the caller through `answer`; not left unhandled when the test never awaits it.
  answer.catch(() => {});
  const continued = new Promise((resolve) => req.once('continue', resolve));
  req.flushHeaders();
  await continued;
  return {
    answer,
    finish: () => {
      req.end(body);
      return answer;
    },
  };
}
