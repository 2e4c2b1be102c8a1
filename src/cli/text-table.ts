/** Left-aligned columns separated by two spaces; widths count characters, not bytes. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
