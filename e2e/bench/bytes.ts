import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchTool } from './tools/tool';

/** JS + CSS a visitor downloads for the tool, each file gzipped at level 9 as a CDN would serve it. */
export function gzipBytes(tool: BenchTool): number {
  return Object.values(tool.assets).reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}
