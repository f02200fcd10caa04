/** Where a command writes: `console` when run from the shell, a recorder in tests. */
export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}
