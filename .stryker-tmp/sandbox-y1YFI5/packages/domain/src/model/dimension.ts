/** The four Ikigai dimensions in their fixed, canonical order (upstream §4). */
// @ts-nocheck

export const DIMENSION_KEYS = [
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

export const isDimensionKey = (value: string): value is DimensionKey =>
  (DIMENSION_KEYS as readonly string[]).includes(value);

/** Intrinsic = love + good at; extrinsic = world needs + paid for. */
export const INTRINSIC_DIMENSIONS: readonly DimensionKey[] = ['what_you_love', 'what_you_are_good_at'];
export const EXTRINSIC_DIMENSIONS: readonly DimensionKey[] = [
  'what_the_world_needs',
  'what_you_can_be_paid_for',
];

/** Physical columns of `ikigai_responses`, named as the live Go-created database (decisions §3). */
export const DIMENSION_COLUMNS: Readonly<Record<DimensionKey, string>> = {
  what_you_love: 'dimension1_love',
  what_you_are_good_at: 'dimension2_good_at',
  what_the_world_needs: 'dimension3_world_needs',
  what_you_can_be_paid_for: 'dimension4_paid_for',
};

export const SELECTION_TYPES = ['selected', 'not_selected'] as const;
export type SelectionType = (typeof SELECTION_TYPES)[number];

/** One stored answer, exactly the JSON kept in the dimension column. */
export interface DimensionAnswer {
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  readonly reasoning_text: string;
  readonly answered_at: string;
}

export type DimensionAnswers = Readonly<Partial<Record<DimensionKey, DimensionAnswer>>>;

export const answeredDimensions = (answers: DimensionAnswers): DimensionKey[] =>
  DIMENSION_KEYS.filter((key) => answers[key] !== undefined);

export const remainingDimensions = (answers: DimensionAnswers): DimensionKey[] =>
  DIMENSION_KEYS.filter((key) => answers[key] === undefined);
