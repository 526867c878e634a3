import type { BenchTool } from './tool';

/** The benchmark page without any consent tool: the floor of script time that no tool is charged for. */
export const noTool: BenchTool = {
  id: 'none',
  label: 'no consent tool',
  version: '',
  categories: false,
  assets: {},
  head: '',
  bodyEnd: '',
  gated: () => '',
  banner: 'null',
  accept: '',
};
