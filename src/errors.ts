/**
 * Errors shared across floors. UserError is thrown by the Node adapters (src/xlsx) and the command line
 * (src/cli), which prints it as plain words, without a stack trace, and exits with its code.
 */

/** An error caused by the user's input or files: printed as plain words, without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
