import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { type Problem, problem } from '../problem.js';

export const tooLarge = (limitBytes: number): Problem =>
  problem(413, 'payload-too-large', 'Payload Too Large', `request body is larger than ${limitBytes} bytes`);

const badRequest = (detail: string): Problem => problem(400, 'bad-request', 'Bad Request', detail);

/**
 * Reads the raw bytes of a request, refusing more than `limitBytes` as soon as they arrive (a declared
 * Content-Length over the limit is refused before reading). A body shorter than its Content-Length never
 * ends here; the server's request timeout closes that connection (server.ts).
 */
export const readRawBody = (req: IncomingMessage, limitBytes: number): Promise<Buffer | Problem> => {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limitBytes) return Promise.resolve(tooLarge(limitBytes));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: Buffer | Problem) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        finish(tooLarge(limitBytes));
        // Drain the rest without keeping it, so the answer can still be written.
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish(Buffer.concat(chunks, size)));
    req.once('aborted', () => finish(badRequest('request body was aborted')));
    req.once('error', () => finish(badRequest('request body could not be read')));
  });
};

const DECODERS: Readonly<Record<string, (input: Buffer, options: { maxOutputLength: number }) => Buffer>> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/**
 * Undoes a Content-Encoding. The decoded size is bounded by the same limit (a small bomb stops at the
 * limit with 413); bytes that are not what the header claims are a 400; an unknown coding is a 415.
 */
export const decodeContent = (
  raw: Buffer,
  encoding: string | undefined,
  limitBytes: number,
): Buffer | Problem => {
  const coding = (encoding ?? 'identity').trim().toLowerCase();
  if (coding === '' || coding === 'identity') return raw;
  const decode = DECODERS[coding];
  if (!decode) {
    return problem(
      415,
      'unsupported-media-type',
      'Unsupported Media Type',
      `Content-Encoding ${coding.slice(0, 40)} is not supported; send identity, gzip, deflate or br`,
    );
  }
  try {
    return decode(raw, { maxOutputLength: limitBytes });
  } catch (error) {
    if (error instanceof RangeError) return tooLarge(limitBytes);
    return badRequest(`request body is not valid ${coding} data`);
  }
};
