/**
 * `JSON.stringify({ ...head, rows }, null, 2) + '\n'` as pieces, one row at a time: the same text, for a table
 * with more rows than one string can hold. `rows` becomes the last key of the object.
 */
export function* jsonPieces(head: Record<string, unknown>, rows: Iterable<unknown>): Generator<string> {
  const mark = '\u0000rows';
  const text = JSON.stringify({ ...head, rows: mark }, null, 2);
  const at = text.lastIndexOf(JSON.stringify(mark));
  const before = text.slice(0, at);
  const after = text.slice(at + JSON.stringify(mark).length);
  // Inside the object, an array's items are indented by two levels (4 spaces).
  let first = true;
  for (const row of rows) {
    yield (first ? before + '[\n    ' : ',\n    ') + JSON.stringify(row, null, 2).replace(/\n/g, '\n    ');
    first = false;
  }
  yield (first ? before + '[]' : '\n  ]') + after + '\n';
}
