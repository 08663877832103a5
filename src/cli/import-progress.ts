/**
 * A one-line progress report of an import on standard error, on a terminal only and at most five times a
 * second: rows read, the rate in rows per second, and the file's size.
 */
export function importProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (rows: number, bytes: number, done?: boolean) => void {
  const started = Date.now();
  let last = 0;
  return (rows, bytes, done) => {
    if (!stream.isTTY) return;
    const now = Date.now();
    if (!done && now - last < 200) return;
    last = now;
    const rate = Math.round(rows / Math.max(0.001, (now - started) / 1000));
    stream.write(
      `\r${label}: ${rows.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s (${(bytes / 1e6).toFixed(1)} MB file)${done ? '\n' : ''}`,
    );
  };
}
