import { join } from 'node:path';
import { REPO_ROOT } from '../lib/publish.js';

/** The captured statements the write floor replays (written by capture.ts, committed). */
export const SCRIPT_FILE = join(REPO_ROOT, 'bench', 'write-floor', 'statements.json');
