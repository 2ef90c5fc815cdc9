// The loader hooks of record-modules.mjs (they run on Node's loader thread).
import { appendFileSync } from 'node:fs';

let file = '';
export const initialize = (data) => {
  file = data.file;
};
export const load = async (url, context, next) => {
  appendFileSync(file, `${url}\n`);
  return next(url, context);
};
