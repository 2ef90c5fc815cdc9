/** A few DOM helpers: elements from a tag, attributes and children; no framework. */

type Child = Node | string | number | false | null | undefined;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
};

/** The screen area; every screen replaces its content and moves focus to its heading. */
export const root = (): HTMLElement => document.getElementById('app') as HTMLElement;

export const show = (...content: (Node | null | false)[]): void => {
  const main = root();
  main.replaceChildren(...content.filter((node): node is Node => node instanceof Node));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  window.scrollTo(0, 0);
};

export const button = (label: string, onClick: () => void, kind = 'primary'): HTMLButtonElement =>
  h('button', { type: 'button', class: `btn ${kind}`, onclick: () => onClick() }, label);

/** A live region for errors and notices, so screen readers announce them. */
export const alertBox = (): HTMLDivElement => h('div', { class: 'alert', role: 'alert', hidden: true });

export const setAlert = (box: HTMLElement, ...content: Node[]): void => {
  box.replaceChildren(...content);
  box.hidden = content.length === 0;
};

export const list = (items: readonly string[]): HTMLUListElement =>
  h(
    'ul',
    {},
    items.map((item) => h('li', {}, item)),
  );

/** A horizontal bar for a value between 0 and `max`. */
export const bar = (label: string, value: number, max: number): HTMLElement => {
  const share = Math.max(0, Math.min(1, value / max));
  const fill = h('span', { class: 'meter-fill' });
  // Through the CSSOM, which the page's Content-Security-Policy allows (no inline style attributes).
  fill.style.width = `${(share * 100).toFixed(1)}%`;
  return h(
    'div',
    { class: 'meter' },
    h('span', { class: 'meter-label' }, label),
    h(
      'span',
      {
        class: 'meter-track',
        role: 'meter',
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': max,
        'aria-valuenow': Math.round(value * 10) / 10,
      },
      fill,
    ),
    h('span', { class: 'meter-value' }, value.toLocaleString('id-ID', { maximumFractionDigits: 1 })),
  );
};
