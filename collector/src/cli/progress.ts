export interface ProgressOut {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Rows done out of all rows, on stderr so stdout stays clean for pipes. On a terminal one line
 * redraws itself; in a log (CI, a file) each step is its own line, since `\r` there is noise.
 */
export function createProgress(out: ProgressOut, total: number, label = "rows") {
  const draw = (done: number) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const counts = `${done}/${total} ${label} ${String(percent).padStart(3)}%`;
    if (!out.isTTY) return void out.write(`scored ${counts}\n`);
    const width = Math.max(10, Math.min(40, (out.columns ?? 80) - counts.length - 4));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    out.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${counts}`);
  };
  return {
    update: draw,
    finish() {
      if (out.isTTY) out.write("\n");
    },
  };
}
