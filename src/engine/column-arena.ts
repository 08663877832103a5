/**
 * New columns carved from shared buffers, for code that keeps many small columns (e.g. the scores and ranks of
 * thousands of replications): a typed array with a buffer of its own costs about a microsecond to allocate, and more
 * to collect, more than filling fifty values. Columns longer than an eighth of a chunk get their own buffer.
 * @example const column = columnArena(); const a = column(51); const b = column(51); // views of one buffer
 */
export function columnArena(chunk = 1 << 16): (n: number) => Float64Array {
  let buffer = new Float64Array(0);
  let used = 0;
  return (n) => {
    if (n > chunk / 8) return new Float64Array(n);
    if (used + n > buffer.length) {
      buffer = new Float64Array(chunk);
      used = 0;
    }
    return buffer.subarray(used, (used += n));
  };
}
