// @ts-nocheck
import { auditTokens } from '@kenali/adapters';
import type { Command } from 'commander';
import { CliFailure, withDatabase } from '../runtime/with-database.js';

/** `kenali audit tokens`: proves no operation was ever debited twice; exit 1 when one was. */
export const registerAuditCommand = (program: Command): void => {
  program
    .command('audit')
    .description('reconciliation checks')
    .command('tokens')
    .description('check that every paid test session was debited exactly once (exit 1 on a double charge)')
    .action(() =>
      withDatabase(async ({ database }) => {
        const report = await auditTokens(database.knex);
        console.log(JSON.stringify(report));
        if (report.doubleCharged.length > 0 || report.orphanDebits > 0) {
          throw new CliFailure(
            `${report.doubleCharged.length} operation(s) debited more than once, ${report.orphanDebits} orphan debit(s)`,
            1,
          );
        }
      }),
    );
};
