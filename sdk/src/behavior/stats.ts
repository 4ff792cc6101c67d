/** Running mean and standard deviation (Welford), so no list of timings is ever kept. */
export function runningStats() {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  return {
    add(x: number) {
      n++;
      const delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
    },
    mean: () => (n ? Math.round(mean) : null),
    sd: () => (n > 1 ? Math.round(Math.sqrt(m2 / (n - 1))) : null),
  };
}
