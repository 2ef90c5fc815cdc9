// `npm run client:update`: writes the document the built server serves into packages/client/openapi.json.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../../http/dist/openapi/document.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'openapi.json'), `${JSON.stringify(openApiDocument, null, 2)}\n`);
