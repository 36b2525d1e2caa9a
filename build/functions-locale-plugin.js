/* eslint-disable @typescript-eslint/no-require-imports */
// Emits a translated copy of the custom-functions metadata per locale (functions.zh-CN.json),
// from a translation table keyed by function id and parameter name. Ids and names stay as they
// are (Excel keeps function names in English in every language); descriptions are translated.
// A missing or stale translation fails the build, so a new function cannot ship untranslated.
const fs = require('fs');
const { sources, WebpackError, Compilation } = require('webpack');

const pluginName = 'FunctionsLocalePlugin';

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
    const parameters = (f.parameters || []).map((p) => {
      const text = t.parameters && t.parameters[p.name];
      if (!text) problems.push(`${locale}: ${f.id}(${p.name}) has no translated help`);
      return text ? { ...p, description: text } : p;
    });
    const known = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(t.parameters || {})) {
      if (!known.has(name)) problems.push(`${locale}: ${f.id}(${name}) is translated but not a parameter`);
    }
    const result = f.result && t.result ? { ...f.result, description: t.result } : f.result;
    return { ...f, description: t.description, parameters, result };
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
        const metadata = JSON.parse(source.source.source().toString());
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
module.exports = FunctionsLocalePlugin;
