/**
 * Whether a GraphQL document or a JSON text opens more than `limit` lists, objects or selection
 * sets inside one another. Brackets inside strings, block strings and comments do not count. It
 * reads the text in one loop, so it can judge a text that would overflow the stack of a parser.
 */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const character = text[at];
    if (character === '"') at = text.startsWith('"""', at) ? endOfBlockString(text, at + 3) : endOfString(text, at + 1);
    else if (character === '#') at = endOfLine(text, at);
    else if (character === '[' || character === '{') {
      if (++depth > limit) return true;
    } else if (character === ']' || character === '}') depth--;
  }
  return false;
}

function endOfString(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  return text.length;
}

function endOfBlockString(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text.startsWith('\\"""', at)) at += 3;
    else if (text.startsWith('"""', at)) return at + 2;
  }
  return text.length;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
