#!/usr/bin/env node
import { runService } from './run-service.js';

/** `node packages/http/dist/main.js`: the service from the compiled modules, without the CLI or the bundle. */
void runService('modules');
