// @ts-nocheck
import { GoogleGenAI, type GenerateContentConfig, type Schema } from '@google/genai';
import type { AiError } from '@kenali/domain';
import type { IPolicy } from 'cockatiel';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Logger } from 'pino';
import { type AiCall, aiError, toAiError } from './gemini-errors.js';
import { type ResilienceOptions, buildPolicy } from './gemini-policy.js';
import { parseJsonText, readEnvelope } from './gemini-response.codec.js';

export interface GeminiClientOptions {
  readonly apiKey: string;
  readonly model: string;
  /** Only for tests and proxies; the SDK's default endpoint otherwise. */
  readonly baseUrl?: string;
  /** Per attempt. */
  readonly timeoutMs: number;
  readonly logger?: Logger;
  readonly resilience?: ResilienceOptions;
}

/** One JSON-mode request: instructions, the message, and the schema the answer must follow. */
export interface GeminiPrompt {
  readonly system: string;
  readonly user: string;
  readonly schema: Schema;
  readonly temperature: number;
  readonly maxOutputTokens: number;
  readonly seed?: number;
}

export interface GeminiResult<A> {
  readonly model: string;
  readonly value: A;
}

/** Turns the parsed JSON into a value; Left carries a short reason for the logs. */
export type AnswerDecoder<A> = (json: unknown) => E.Either<string, A>;

/**
 * Thinking tokens add seconds and cost to short structured answers; 2.5 Flash lets us switch them off.
 * Other models keep their default, because a budget of 0 is rejected by e.g. 2.5 Pro.
 */
const thinkingFor = (model: string): Pick<GenerateContentConfig, 'thinkingConfig'> =>
  /^gemini-2\.5-flash/.test(model) ? { thinkingConfig: { thinkingBudget: 0 } } : {};

/** The single gateway to Gemini: SDK + timeout/retry/circuit policy + envelope and answer decoding. */
export class GeminiClient {
  private readonly sdk: GoogleGenAI;
  private readonly policy: IPolicy;
  private readonly logger: Logger | undefined;

  constructor(private readonly options: GeminiClientOptions) {
    this.logger = options.logger?.child({ component: 'gemini', model: options.model });
    this.sdk = new GoogleGenAI({
      apiKey: options.apiKey,
      vertexai: false,
      ...(options.baseUrl ? { httpOptions: { baseUrl: options.baseUrl } } : {}),
    });
    this.policy = buildPolicy(options.timeoutMs, options.resilience, this.logger);
  }

  get model(): string {
    return this.options.model;
  }

  generate<A>(
    call: AiCall,
    prompt: GeminiPrompt,
    decode: AnswerDecoder<A>,
  ): TE.TaskEither<AiError, GeminiResult<A>> {
    const started = Date.now();
    return pipe(
      TE.tryCatch(() => this.send(prompt), toAiError(call)),
      TE.chainEitherK((response) =>
        pipe(
          readEnvelope(response, this.options.model),
          E.chain(({ model, text }) =>
            pipe(
              parseJsonText(text),
              E.map((json) => ({ model, json })),
            ),
          ),
          E.mapLeft((problem) => aiError(call, problem.reason, problem.message)),
        ),
      ),
      TE.chainEitherK(({ model, json }) =>
        pipe(
          decode(json),
          E.bimap(
            (why) => aiError(call, 'malformed', why),
            (value) => ({ model, value }),
          ),
        ),
      ),
      TE.bimap(
        (error) => {
          // Never log prompts or answers: they hold the user's free text.
          this.logger?.warn({ call, reason: error.reason, ms: Date.now() - started }, error.message);
          return error;
        },
        (result) => {
          this.logger?.debug({ call, answeredBy: result.model, ms: Date.now() - started }, 'gemini answered');
          return result;
        },
      ),
    );
  }

  private send(prompt: GeminiPrompt): Promise<unknown> {
    return this.policy.execute(({ signal }) =>
      this.sdk.models.generateContent({
        model: this.options.model,
        contents: [{ role: 'user', parts: [{ text: prompt.user }] }],
        config: {
          systemInstruction: prompt.system,
          temperature: prompt.temperature,
          maxOutputTokens: prompt.maxOutputTokens,
          responseMimeType: 'application/json',
          responseSchema: prompt.schema,
          ...(prompt.seed === undefined ? {} : { seed: prompt.seed }),
          ...thinkingFor(this.options.model),
          abortSignal: signal,
        },
      }),
    );
  }
}
