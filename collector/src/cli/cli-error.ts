/** A failure the user can act on: main prints its message alone, without a stack, and exits 1. */
export class CliError extends Error {
  override name = "CliError";
}
