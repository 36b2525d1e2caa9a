/* eslint-disable @typescript-eslint/no-require-imports */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';

/**
 * The custom-functions metadata as the build sees it, read from the adapters' JSDoc by the
 * same parser the webpack plugin uses (custom-functions-metadata), so that generic tests
 * (fuzz, metadata, bundle) pick up every function as soon as its file is listed in
 * src/functions/functions.files.js.
 */
export const root = resolve(__dirname, '..', '..', '..');

export interface ParameterInfo {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
export interface FunctionInfo {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterInfo[];
  result?: { type?: string; dimensionality?: string };
}
export interface AdapterInfo {
  file: string;
  functionName: string;
  meta: FunctionInfo;
}

/** The adapter files of functions.files.js, as repository-relative paths (./src/functions/x.ts). */
export function adapterFiles(): string[] {
  const path = join(root, 'src', 'functions', 'functions.files.js');
  delete require.cache[path];
  return require(path) as string[];
}

const { parseTree, generateCustomFunctionsMetadata } = require('custom-functions-metadata') as {
  parseTree: (
    source: string,
    file: string,
  ) => {
    functions: FunctionInfo[];
    associate: { sourceFileName: string; functionName: string; id: string }[];
    extras: { errors: string[] }[];
  };
  generateCustomFunctionsMetadata: (
    files: string[],
    wantConsoleOutput?: boolean,
  ) => Promise<{ metadataJson: string; associate: { sourceFileName: string; functionName: string; id: string }[]; errors: string[] }>;
};
export { generateCustomFunctionsMetadata };

/**
 * Every declared function with its file and JS name, synchronously (jest needs the list when it
 * collects tests): parseTree is what generateCustomFunctionsMetadata runs on each file.
 */
export function adapters(): AdapterInfo[] {
  return adapterFiles().flatMap((file) => {
    const parsed = parseTree(readFileSync(join(root, file), 'utf8'), file);
    const errors = parsed.extras.flatMap((e) => e.errors);
    if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
    return parsed.associate.map((a) => ({
      file,
      functionName: a.functionName,
      meta: parsed.functions.find((f) => f.id === a.id) as FunctionInfo,
    }));
  });
}

/** The adapter's JS function, loaded from its source module. */
export function loadAdapter(info: AdapterInfo): (...args: unknown[]) => unknown {
  const mod = require(join(root, info.file)) as Record<string, unknown>;
  const fn = mod[info.functionName];
  if (typeof fn !== 'function') throw new Error(`${info.file} does not export ${info.functionName}`);
  return fn as (...args: unknown[]) => unknown;
}
