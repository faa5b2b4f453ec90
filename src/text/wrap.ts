// Text for a terminal narrower than its lines, broken at spaces instead of by the terminal in the
// middle of a word. A continuation keeps the line's own indentation plus two spaces, so a hint
// stays under its problem. Words longer than the width (a path, a URL) are left whole.

/** The text with every line longer than `width` broken at spaces; width undefined or small: as it is. */
export function wrapWords(text: string, width: number | undefined): string {
  if (width === undefined || !Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if ([...line].length <= width) return line;
  const indent = /^\s*/.exec(line)![0];
  const more = `${indent}  `;
  const words = line.slice(indent.length).split(/ +/);
  const out: string[] = [];
  let current = indent;
  let length = [...indent].length;
  let first = true;
  for (const word of words) {
    const size = [...word].length;
    const lead = first ? '' : ' ';
    if (!first && length + lead.length + size > width && current.trim() !== '') {
      out.push(current);
      current = more + word;
      length = [...more].length + size;
    } else {
      current += lead + word;
      length += lead.length + size;
    }
    first = false;
  }
  out.push(current);
  return out.join('\n');
}
