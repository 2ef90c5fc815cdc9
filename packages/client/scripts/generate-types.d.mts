/** The TypeScript text openapi-typescript makes of an OpenAPI document (see generate-types.mjs). */
export declare const typesFor: (document: unknown) => Promise<string>;
