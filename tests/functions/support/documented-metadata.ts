/**
 * The custom-functions JSON metadata properties Microsoft documents ("Manually create JSON
 * metadata for custom functions in Excel", Metadata reference), less those this add-in must
 * not send: `allowCustomDataForDataTypeAny` (CustomFunctionsRuntime 1.4, see
 * build/functions-locale-plugin.js). Anything else in functions.json is a property Excel
 * ignores at best.
 */
const TOP = ['functions', 'enums', 'allowErrorForDataTypeAny'];
const FUNCTION = ['id', 'name', 'description', 'helpUrl', 'parameters', 'result', 'options'];
const PARAMETER = ['name', 'description', 'type', 'dimensionality', 'optional', 'repeating', 'cellValueType', 'customEnumType'];
const RESULT = ['type', 'dimensionality'];
const OPTIONS = [
  'cancelable',
  'capturesCallingObject',
  'excludeFromAutoComplete',
  'linkedEntityLoadService',
  'requiresAddress',
  'requiresParameterAddresses',
  'requiresStreamAddress',
  'requiresStreamParameterAddresses',
  'stream',
  'volatile',
];

const extra = (object: object, allowed: string[], path: string) =>
  Object.keys(object)
    .filter((key) => !allowed.includes(key))
    .map((key) => (path ? `${path}.${key}` : key));

/** The paths of undocumented (or unwanted) properties in `metadata`, e.g. `SPLIT.result.description`. */
export function documentedProblems(metadata: unknown): string[] {
  const m = metadata as { functions?: Record<string, unknown>[] };
  return [
    ...extra(m, TOP, ''),
    ...(m.functions ?? []).flatMap((f) => {
      const id = String(f.id);
      const parameters = (f.parameters as Record<string, unknown>[] | undefined) ?? [];
      return [
        ...extra(f, FUNCTION, id),
        ...parameters.flatMap((p) => extra(p, PARAMETER, `${id}(${String(p.name)})`)),
        ...(f.result ? extra(f.result as object, RESULT, `${id}.result`) : []),
        ...(f.options ? extra(f.options as object, OPTIONS, `${id}.options`) : []),
      ];
    }),
  ];
}
