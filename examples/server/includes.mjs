// Server-side includes, the way nginx and Apache spell them: `<!--#include file="footer.html" -->`.
// They let every page of a static site share one Consentry config block and one footer without copies.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const INCLUDE = /<!--#include file="([^"]+)" -->/g;

/** Replaces each include directive in `html` with the named file of `root`, whose own includes expand too. */
export async function expandIncludes(html, root, depth = 0) {
  if (depth > 4) throw new Error('examples: includes nested more than 4 deep');
  const names = [...new Set([...html.matchAll(INCLUDE)].map((match) => match[1]))];
  const files = new Map(
    await Promise.all(names.map(async (name) => [name, await expandIncludes((await readFile(join(root, name), 'utf8')).trim(), root, depth + 1)])),
  );
  return html.replace(INCLUDE, (_, name) => files.get(name));
}
