// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';

export const TEST_GOALS = ['RECOMMENDATION', 'FIT_CHECK'] as const;
export type TestGoal = (typeof TEST_GOALS)[number];

export const PERSONAS = ['PATHFINDER', 'BUILDER', 'ACHIEVER'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Personas each goal accepts (upstream §2.2): a PATHFINDER has no target profession to check. */
export const PERSONAS_BY_GOAL: Readonly<Record<TestGoal, readonly Persona[]>> = {
  RECOMMENDATION: ['PATHFINDER', 'BUILDER', 'ACHIEVER'],
  FIT_CHECK: ['BUILDER', 'ACHIEVER'],
};

export interface InvalidPersona {
  readonly _tag: 'InvalidPersona';
  readonly given: string;
  readonly allowed: readonly Persona[];
}

/** Personas are case-insensitive on input and stored upper case (decisions §4 (8)). */
export const parsePersona = (goal: TestGoal, input: string): E.Either<InvalidPersona, Persona> => {
  const allowed = PERSONAS_BY_GOAL[goal];
  const upper = input.trim().toUpperCase();
  const match = allowed.find((persona) => persona === upper);
  return match ? E.right(match) : E.left({ _tag: 'InvalidPersona', given: input, allowed });
};

export const usesIkigai = (goal: TestGoal): boolean => goal === 'RECOMMENDATION';
