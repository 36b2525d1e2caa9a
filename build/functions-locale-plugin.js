/* eslint-disable @typescript-eslint/no-require-imports */
// Finishes the custom-functions metadata that custom-functions-metadata-plugin writes:
// - functions.json keeps only what the add-in means. The generator always adds
//   `allowCustomDataForDataTypeAny: true` (CustomFunctionsRuntime 1.4: `any` parameters then
//   receive data-type objects — entities, formatted numbers — which the adapters, written for
//   Excel's plain values, reject). Without it Excel passes a data type's plain value.
// - a translated copy per locale (functions.zh-CN.json), from a table keyed by function id and
//   parameter name. Ids and names stay as they are (Excel keeps function names in English in
//   every language); the description and each parameter's help are translated: the only text
//   the metadata documents ("Manually create JSON metadata for custom functions in Excel": a
//   result has just `type` and `dimensionality`, so there is no result help to translate).
//   A missing, stale or undocumented translation fails the build, so a new function cannot
//   ship untranslated.
const fs = require('fs');
const { sources, WebpackError, Compilation } = require('webpack');

const pluginName = 'FunctionsLocalePlugin';

/** Top-level properties the generator may write that this add-in does not want. */
const UNWANTED = ['allowCustomDataForDataTypeAny'];

/** The metadata without the generator's data-types switch. */
function withoutUnwanted(metadata) {
  const out = { ...metadata };
  for (const key of UNWANTED) delete out[key];
  return out;
}

/** What a translation entry may hold: what the metadata shows to users. */
const TRANSLATABLE = ['description', 'parameters'];

function translate(metadata, table, locale) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${locale}: ${id} is translated but not a function`);
  const functions = metadata.functions.map((f) => {
    const t = table[f.id];
    if (!t || !t.description) {
      problems.push(`${locale}: ${f.id} has no translated description`);
      return f;
    }
    for (const key of Object.keys(t)) {
      if (!TRANSLATABLE.includes(key)) problems.push(`${locale}: ${f.id}.${key} is not text the functions metadata shows`);
    }
    const parameters = (f.parameters || []).map((p) => {
      const text = t.parameters && t.parameters[p.name];
      if (!text) problems.push(`${locale}: ${f.id}(${p.name}) has no translated help`);
      return text ? { ...p, description: text } : p;
    });
    const known = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(t.parameters || {})) {
      if (!known.has(name)) problems.push(`${locale}: ${f.id}(${name}) is translated but not a parameter`);
    }
    return { ...f, description: t.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

class FunctionsLocalePlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.hooks.processAssets.tap({ name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const source = compilation.getAsset(this.options.input);
        if (!source) return; // the metadata plugin already reported why
        const metadata = withoutUnwanted(JSON.parse(source.source.source().toString()));
        compilation.updateAsset(this.options.input, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        for (const [locale, file] of Object.entries(this.options.locales)) {
          compilation.fileDependencies.add(file);
          const table = JSON.parse(fs.readFileSync(file, 'utf8'));
          const out = translate(metadata, table, locale);
          out.problems.forEach((p) => compilation.errors.push(new WebpackError(p)));
          const name = this.options.input.replace(/\.json$/, `.${locale}.json`);
          compilation.emitAsset(name, new sources.RawSource(JSON.stringify(out.metadata, null, 2)));
        }
      });
    });
  }
}

FunctionsLocalePlugin.translate = translate;
FunctionsLocalePlugin.withoutUnwanted = withoutUnwanted;
module.exports = FunctionsLocalePlugin;
