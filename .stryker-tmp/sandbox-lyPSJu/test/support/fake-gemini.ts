// @ts-nocheck
// A local server speaking the Gemini REST protocol (ecosystem-notes §3), so adapter and e2e tests
// exercise the real SDK without the network. Script it per call, or let the smart responder answer.
import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeCallType = 'content' | 'relevance' | 'narrative' | 'personality' | 'unknown';

export interface FakeSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, FakeSchema>>;
  readonly items?: FakeSchema;
  readonly enum?: readonly string[];
  readonly required?: readonly string[];
}

interface TextParts {
  readonly parts?: readonly { readonly text?: string }[];
}

/** The generateContent body as the SDK sends it (only what tests look at is typed). */
export interface GenerateContentBody {
  readonly contents?: readonly (TextParts & { readonly role?: string })[];
  readonly systemInstruction?: TextParts;
  readonly generationConfig?: {
    readonly responseMimeType?: string;
    readonly responseSchema?: FakeSchema;
    readonly temperature?: number;
    readonly maxOutputTokens?: number;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

export interface FakeGeminiRequest {
  /** 0-based arrival order across all calls since the last reset. */
  readonly index: number;
  readonly path: string;
  /** The `{model}` of `/v1beta/models/{model}:generateContent`. */
  readonly model: string;
  readonly apiKey: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: GenerateContentBody;
  /** All user text parts, joined. */
  readonly prompt: string;
  readonly system: string;
  /** Which kenali call this is, recognised from the response schema. */
  readonly callType: FakeCallType;
}

export type FakeReply =
  /** 200 with the given answer text (JSON-encoded when `json` is given). */
  | {
      readonly kind: 'answer';
      readonly text: string;
      readonly finishReason?: string;
      /** `null` leaves `modelVersion` out of the response. */
      readonly modelVersion?: string | null;
    }
  | { readonly kind: 'error'; readonly status: number; readonly message?: string }
  | { readonly kind: 'blocked'; readonly via: 'finishReason' | 'promptFeedback' }
  | { readonly kind: 'delay'; readonly ms: number; readonly then: FakeReply }
  /** Closes the socket without an answer: the client sees a network error. */
  | { readonly kind: 'drop' };

export type FakeHandler = (request: FakeGeminiRequest, index: number) => FakeReply | Promise<FakeReply>;

const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export const reply = {
  json: (value: unknown, options: { modelVersion?: string | null } = {}): FakeReply => ({
    kind: 'answer',
    text: JSON.stringify(value),
    ...options,
  }),
  text: (text: string, options: { modelVersion?: string | null; finishReason?: string } = {}): FakeReply => ({
    kind: 'answer',
    text,
    ...options,
  }),
  error: (status: number, message = 'fake failure'): FakeReply => ({ kind: 'error', status, message }),
  rateLimited: (): FakeReply => reply.error(429, 'Resource has been exhausted (e.g. check quota).'),
  serverError: (): FakeReply => reply.error(500, 'An internal error has occurred.'),
  blocked: (via: 'finishReason' | 'promptFeedback' = 'finishReason'): FakeReply => ({ kind: 'blocked', via }),
  delay: (ms: number, then: FakeReply): FakeReply => ({ kind: 'delay', ms, then }),
  /** Never answers (until the client gives up or the server closes). */
  hang: (): FakeReply => ({ kind: 'delay', ms: 2 ** 31 - 1, then: reply.serverError() }),
  drop: (): FakeReply => ({ kind: 'drop' }),
};

const textOf = (content: TextParts | undefined): string =>
  (content?.parts ?? []).map((part) => part.text ?? '').join('');

/** Our four schemas each have a distinctive top-level property. */
export const callTypeOf = (schema: FakeSchema | undefined): FakeCallType => {
  const keys = Object.keys(schema?.properties ?? {});
  if (keys.includes('scores')) return 'relevance';
  if (keys.includes('items')) return 'content';
  if (keys.includes('ikigai_profile_summary')) return 'narrative';
  if (keys.includes('synergy_sentence')) return 'personality';
  return 'unknown';
};

/** The user texts our prompts fence as data (see packages/adapters/src/ai/gemini/prompts/fence.ts). */
export const fencedTexts = (prompt: string): string[] =>
  [...prompt.matchAll(/<<<TEKS_PENGGUNA id=(\w+)>>>\n([\s\S]*?)\n<<<AKHIR_TEKS_PENGGUNA id=\1>>>/g)].map(
    (m) => m[2] ?? '',
  );

/** Profession blocks of a prompt: `[ID n] Name` up to the next block, fenced user text excluded. */
export const professionBlocks = (prompt: string): { id: number; text: string }[] => {
  const outside = prompt.replace(/<<<TEKS_PENGGUNA id=(\w+)>>>[\s\S]*?<<<AKHIR_TEKS_PENGGUNA id=\1>>>/g, '');
  const parts = outside.split(/\[ID (\d+)\]/);
  const blocks: { id: number; text: string }[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const id = Number(parts[i]);
    if (!blocks.some((b) => b.id === id)) blocks.push({ id, text: parts[i + 1] ?? '' });
  }
  return blocks;
};

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);

const DIMENSIONS = [
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
];

/**
 * Answers each kenali call with valid JSON built from the prompt: relevance by word overlap between
 * the fenced answer and each profession block (so a text about drawing favours a designer), content and
 * narrative texts for every `[ID n]` it finds, and a synergy sentence for the personality call.
 */
export const smartResponder: FakeHandler = (request) => {
  const blocks = professionBlocks(request.prompt);
  const name = (text: string) => text.split('\n')[0]?.trim() ?? '';
  switch (request.callType) {
    case 'relevance': {
      const answer = words(fencedTexts(request.prompt).join(' '));
      const overlaps = blocks.map((b) => [...words(b.text)].filter((w) => answer.has(w)).length);
      const best = Math.max(0, ...overlaps);
      const scores = blocks.map((b, i) => ({
        profession_id: String(b.id),
        r_raw: best === 0 ? 0.5 : Math.round((0.1 + (0.85 * (overlaps[i] ?? 0)) / best) * 100) / 100,
      }));
      return reply.json({ scores });
    }
    case 'content': {
      const items = blocks.map((b) => ({
        profession_id: String(b.id),
        ...Object.fromEntries(DIMENSIONS.map((d) => [d, `Teks ${d} untuk ${name(b.text)}. Kalimat kedua.`])),
        ...Object.fromEntries(DIMENSIONS.map((d) => [`${d}_option`, `Pilihan ${d} ${b.id}`])),
      }));
      return reply.json({ items });
    }
    case 'narrative':
      return reply.json({
        ikigai_profile_summary: Object.fromEntries(DIMENSIONS.map((d) => [d, `Kamu punya pola ${d}.`])),
        match_reasoning: Object.fromEntries(
          blocks.map((b) => [
            String(b.id),
            'Profesi ini cocok karena minatmu. Peran ini mengasah pengalamanmu.',
          ]),
        ),
      });
    case 'personality':
      return reply.json({ synergy_sentence: 'Sinergi ini membuatmu cenderung menjadi pribadi yang hangat.' });
    case 'unknown':
      return reply.json({});
  }
};

export interface FakeGeminiOptions {
  readonly apiKey?: string;
  readonly handler?: FakeHandler;
  /** Default `modelVersion` of answers; `null` omits it; unset echoes the requested model. */
  readonly modelVersion?: string | null;
}

export interface FakeGemini {
  /** Base URL for the SDK's `httpOptions.baseUrl`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly apiKey: string;
  readonly requests: readonly FakeGeminiRequest[];
  /** Replies (or one-off handlers) for the next calls, in order; afterwards the handler answers. */
  enqueue(...replies: (FakeReply | FakeHandler)[]): void;
  setHandler(handler: FakeHandler): void;
  setModelVersion(modelVersion: string | null | undefined): void;
  /** Clears requests and queue, restores the options' handler and model version. */
  reset(): void;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
};

const errorBody = (status: number, message: string) => ({
  error: { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' },
});

export const startFakeGemini = async (options: FakeGeminiOptions = {}): Promise<FakeGemini> => {
  const apiKey = options.apiKey ?? 'fake-gemini-key';
  const requests: FakeGeminiRequest[] = [];
  const queue: (FakeReply | FakeHandler)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let handler = options.handler ?? smartResponder;
  let modelVersion = options.modelVersion;

  const send = async (res: ServerResponse, req: IncomingMessage, model: string, answer: FakeReply) => {
    const version = (v: string | null | undefined) => (v === null ? {} : { modelVersion: v ?? model });
    switch (answer.kind) {
      case 'answer':
        return sendJson(res, 200, {
          candidates: [
            {
              content: { role: 'model', parts: [{ text: answer.text }] },
              finishReason: answer.finishReason ?? 'STOP',
              index: 0,
            },
          ],
          usageMetadata: { promptTokenCount: 100, candidatesTokenCount: 50, totalTokenCount: 150 },
          ...version(answer.modelVersion === undefined ? modelVersion : answer.modelVersion),
          responseId: `fake-${requests.length}`,
        });
      case 'error':
        return sendJson(res, answer.status, errorBody(answer.status, answer.message ?? 'fake failure'));
      case 'blocked': {
        const ratings = [{ category: 'HARM_CATEGORY_HARASSMENT', probability: 'HIGH', blocked: true }];
        return sendJson(
          res,
          200,
          answer.via === 'promptFeedback'
            ? { promptFeedback: { blockReason: 'SAFETY', safetyRatings: ratings }, ...version(modelVersion) }
            : {
                candidates: [{ finishReason: 'SAFETY', index: 0, safetyRatings: ratings }],
                ...version(modelVersion),
              },
        );
      }
      case 'delay':
        return new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve(send(res, req, model, answer.then));
          }, answer.ms);
          timers.add(timer);
          // The client gave up (timeout): stop waiting so the server can close promptly.
          res.on('close', () => {
            clearTimeout(timer);
            timers.delete(timer);
            resolve();
          });
        });
      case 'drop':
        req.socket.destroy();
        return;
    }
  };

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const match = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec((req.url ?? '').split('?')[0] ?? '');
      if (req.method !== 'POST' || match === null)
        return sendJson(res, 404, errorBody(404, 'no such method'));
      const key = req.headers['x-goog-api-key'];
      const body = (raw ? JSON.parse(raw) : {}) as GenerateContentBody;
      const request: FakeGeminiRequest = {
        index: requests.length,
        path: req.url ?? '',
        model: decodeURIComponent(match[1] ?? ''),
        apiKey: typeof key === 'string' ? key : undefined,
        headers: req.headers,
        body,
        prompt: (body.contents ?? []).map(textOf).join('\n'),
        system: textOf(body.systemInstruction),
        callType: callTypeOf(body.generationConfig?.responseSchema),
      };
      requests.push(request);
      if (request.apiKey !== apiKey) return sendJson(res, 400, errorBody(400, 'API key not valid.'));
      const next = queue.shift() ?? handler;
      const answer = typeof next === 'function' ? await next(request, request.index) : next;
      await send(res, req, request.model, answer);
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(500, `fake-gemini bug: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setHandler: (next) => void (handler = next),
    setModelVersion: (next) => void (modelVersion = next),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
      handler = options.handler ?? smartResponder;
      modelVersion = options.modelVersion;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
