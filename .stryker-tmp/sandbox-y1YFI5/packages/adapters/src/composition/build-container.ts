// @ts-nocheck
import 'reflect-metadata';
import { Container } from 'inversify';
import type { Config } from '../config/config.js';
import { aiModule, cacheModule } from './ai-cache.module.js';
import { ikigaiModule } from './ikigai.module.js';
import { rescoreModule } from './rescore.module.js';
import { resultsModule } from './results.module.js';
import { type Infrastructure, persistenceModule, systemModule, useCasesModule } from './modules.js';

/** The one composition root shared by http and cli. */
export const buildContainer = (config: Config, infra: Infrastructure): Container => {
  const container = new Container({ defaultScope: 'Singleton' });
  container.load(
    systemModule(config, infra),
    persistenceModule(infra),
    aiModule(config, infra.logger),
    cacheModule(infra.redis, infra.logger),
    useCasesModule(),
    ikigaiModule(),
    rescoreModule(),
    resultsModule(),
  );
  return container;
};
