/** A file we cannot read at all (no header, no order id column, no known encoding): nothing to answer row by row. */
export class CsvImportError extends Error {
  constructor(
    readonly code: "empty_csv" | "unknown_csv_format" | "unknown_encoding",
    message: string,
  ) {
    super(message);
    this.name = "CsvImportError";
  }
}
