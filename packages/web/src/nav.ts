import type { Goal } from './progress.js';

/** The screens, registered by main.ts; screens call each other through this to avoid import cycles. */
export interface Screens {
  home(): void;
  start(): void;
  questions(): void;
  riasecResult(token: string): void;
  ikigai(token: string): void;
  result(token: string, goal?: Goal): void;
  history(): void;
  signIn(): void;
}

let registered: Screens | undefined;

export const register = (screens: Screens): void => {
  registered = screens;
};

export const go = (): Screens => {
  if (!registered) throw new Error('screens not registered');
  return registered;
};
