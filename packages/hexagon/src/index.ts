/** The RIASEC hexagon as SVG elements: six axes in Holland's order, the scores as one filled polygon. */

export const HEXAGON_ORDER = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type HexagonLetter = (typeof HEXAGON_ORDER)[number];
export type HexagonScores = Readonly<Record<HexagonLetter, number>>;

/** Scores are sums of twelve answers from 1 to 5, so every axis runs from 12 (centre) to 60 (corner). */
const MIN_SCORE = 12;
const MAX_SCORE = 60;

const fixed = (n: number): string => n.toFixed(1);

/** The corner of axis `i` at `fraction` of the radius; axis 0 (R) points straight up. */
const corner = (cx: number, cy: number, radius: number, i: number, fraction: number): [number, number] => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 3;
  return [cx + Math.cos(angle) * radius * fraction, cy + Math.sin(angle) * radius * fraction];
};

const polygon = (points: readonly [number, number][]): string =>
  points.map(([x, y]) => `${fixed(x)},${fixed(y)}`).join(' ');

const share = (score: number): number => {
  const clamped = Math.min(MAX_SCORE, Math.max(MIN_SCORE, score));
  // A small floor keeps a minimal score visible as a point off the centre.
  return 0.08 + (0.92 * (clamped - MIN_SCORE)) / (MAX_SCORE - MIN_SCORE);
};

export interface HexagonOptions {
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  /** Letters drawn stronger (the code's letters). */
  readonly highlight: readonly string[];
}

/** The grid, the axes, the score polygon and the six labels with their scores. */
export const hexagonSvg = (scores: HexagonScores, options: HexagonOptions): string => {
  const { cx, cy, radius, highlight } = options;
  const ring = (fraction: number) =>
    polygon(HEXAGON_ORDER.map((_, i) => corner(cx, cy, radius, i, fraction)));
  const grid = [1, 2 / 3, 1 / 3]
    .map((f) => `<polygon points="${ring(f)}" fill="none" stroke="#cbd5e1" stroke-width="1"/>`)
    .join('');
  const axes = HEXAGON_ORDER.map((_, i) => {
    const [x, y] = corner(cx, cy, radius, i, 1);
    return `<line x1="${fixed(cx)}" y1="${fixed(cy)}" x2="${fixed(x)}" y2="${fixed(y)}" stroke="#e2e8f0"/>`;
  }).join('');
  const shape = polygon(HEXAGON_ORDER.map((l, i) => corner(cx, cy, radius, i, share(scores[l]))));
  const labels = HEXAGON_ORDER.map((letter, i) => {
    const [x, y] = corner(cx, cy, radius, i, 1.22);
    const strong = highlight.includes(letter);
    return (
      `<text x="${fixed(x)}" y="${fixed(y)}" text-anchor="middle" dominant-baseline="middle" ` +
      `font-size="22" font-weight="${strong ? 700 : 400}" fill="${strong ? '#0f766e' : '#475569'}">` +
      `${letter}<tspan font-size="14" dx="4">${scores[letter]}</tspan></text>`
    );
  }).join('');
  return (
    `<g class="hexagon">${grid}${axes}` +
    `<polygon points="${shape}" fill="#14b8a6" fill-opacity="0.35" stroke="#0f766e" stroke-width="2.5"/>` +
    `${labels}</g>`
  );
};
