import * as t from 'io-ts';
import { PositiveInt, SessionTokenText } from './session.codecs.js';

const DimensionName = t.keyof({
  what_you_love: null,
  what_you_are_good_at: null,
  what_the_world_needs: null,
  what_you_can_be_paid_for: null,
});

export const IkigaiStartBody = t.type({ session_token: SessionTokenText });

/**
 * Upstream schema plus the later `selected_profession_ids` (0–2 items, the first one counts). Consistency
 * between the id and `selection_type` and the text length are domain rules (422 with violations).
 */
export const SubmitDimensionBody = t.intersection([
  t.type({
    session_token: SessionTokenText,
    dimension_name: DimensionName,
    selection_type: t.keyof({ selected: null, not_selected: null }),
    reasoning_text: t.string,
  }),
  t.partial({
    selected_profession_id: t.union([PositiveInt, t.null]),
    selected_profession_ids: t.array(PositiveInt),
  }),
]);
export type SubmitDimensionBody = t.TypeOf<typeof SubmitDimensionBody>;

export const selectedId = (
  body: Pick<SubmitDimensionBody, 'selected_profession_id' | 'selected_profession_ids'>,
): number | null => body.selected_profession_id ?? body.selected_profession_ids?.[0] ?? null;
