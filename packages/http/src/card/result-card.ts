import { type HexagonScores, hexagonSvg } from '@kenali/hexagon';

/** What the shareable card shows; filled from the session's stored results (card.routes.ts). */
export interface CardContent {
  readonly scores: HexagonScores;
  readonly code: string;
  readonly title: string;
  readonly goal: 'RECOMMENDATION' | 'FIT_CHECK';
  /** Up to two lines under the heading: the top two professions, or the fit check's target. */
  readonly heading: string;
  readonly professions: readonly { readonly name: string; readonly detail: string }[];
}

export const CARD_WIDTH = 600;
export const CARD_HEIGHT = 780;

/** No font is embedded: a stack of fonts every phone and desktop has keeps the card small and readable. */
const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text from the database goes into XML: escape it and drop control characters XML forbids. */
export const xmlText = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Long names are cut at a word where possible, so a line never runs off the card. */
export const shorten = (value: string, max: number): string => {
  const chars = [...value.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
};

const text = (x: number, y: number, size: number, body: string, extra = ''): string =>
  `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${xmlText(body)}</text>`;

const professionRows = (content: CardContent, top: number): string =>
  content.professions
    .slice(0, 2)
    .map((p, i) => {
      const y = top + i * 74;
      return (
        `<rect x="40" y="${y}" width="520" height="62" rx="12" fill="#f1f5f9"/>` +
        text(
          60,
          y + 27,
          20,
          `${content.goal === 'RECOMMENDATION' ? `${i + 1}. ` : ''}${shorten(p.name, 40)}`,
          'font-weight="600" fill="#0f172a"',
        ) +
        text(60, y + 50, 15, shorten(p.detail, 60), 'fill="#475569"')
      );
    })
    .join('');

/** The whole card as a standalone SVG document (UTF-8, with a title and description for screen readers). */
export const resultCardSvg = (content: CardContent): string => {
  const letters = [...content.code];
  const summary = `Kode RIASEC ${content.code}: ${content.title}`;
  const list = content.professions.map((p) => p.name).join(', ');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
    `viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" aria-labelledby="card-title card-desc" ` +
    `font-family="${FONT_STACK}">` +
    `<title id="card-title">${xmlText(summary)}</title>` +
    `<desc id="card-desc">${xmlText(`${content.heading}: ${list}`)}</desc>` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" rx="24" fill="#ffffff"/>` +
    `<rect width="${CARD_WIDTH}" height="8" fill="#0f766e"/>` +
    text(40, 58, 18, 'Kenali Diri · Profil Karier', 'fill="#0f766e" font-weight="600"') +
    hexagonSvg(content.scores, { cx: 300, cy: 245, radius: 140, highlight: letters }) +
    text(
      300,
      508,
      56,
      content.code,
      'text-anchor="middle" font-weight="800" fill="#0f172a" letter-spacing="6"',
    ) +
    text(300, 544, 20, shorten(content.title, 48), 'text-anchor="middle" fill="#334155"') +
    text(40, 592, 16, content.heading, 'font-weight="600" fill="#0f766e"') +
    professionRows(content, 606) +
    '</svg>\n'
  );
};
