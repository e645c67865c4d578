// A mistake in how a command was typed (exit code 2), as opposed to a problem in the data (1).

export class UsageError extends Error {
  /** the command whose usage to show with the message; none for a mistyped command */
  readonly command: string | undefined;

  constructor(message: string, options: { command?: string } = {}) {
    super(message);
    this.command = options.command;
  }
}
