/**
 * Why the Ikigai pipeline refused an input (ADR 0002). Every variant names the offending field as a path
 * such as `dimensions.what_you_love.r_raw[2].profession_id`, so a CLI or a log line can point at it.
 * Kept next to the pipeline because the scoring folder owns its inputs; `errors/` re-exports are optional.
 */
// @ts-nocheck

export type ScoringError =
  | { readonly _tag: 'ScoringInputInvalid'; readonly path: string; readonly message: string }
  | { readonly _tag: 'NoCandidates'; readonly path: string }
  | { readonly _tag: 'DuplicateProfession'; readonly path: string; readonly profession_id: number }
  | { readonly _tag: 'UnknownProfession'; readonly path: string; readonly profession_id: number };

export const scoringInputInvalid = (path: string, message: string): ScoringError => ({
  _tag: 'ScoringInputInvalid',
  path,
  message,
});

/** One human-readable line: `<path>: <what is wrong>`; the root document is shown as `(document)`. */
export const describeScoringError = (error: ScoringError): string => {
  const where = error.path === '' ? '(document)' : error.path;
  switch (error._tag) {
    case 'ScoringInputInvalid':
      return `${where}: ${error.message}`;
    case 'NoCandidates':
      return `${where}: at least one candidate is required`;
    case 'DuplicateProfession':
      return `${where}: profession ${error.profession_id} appears more than once`;
    case 'UnknownProfession':
      return `${where}: profession ${error.profession_id} is not among the candidates`;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
};
