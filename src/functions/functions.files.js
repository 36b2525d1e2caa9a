// The adapter files that declare custom functions (JSDoc @customfunction). The metadata plugin
// reads exactly these to write functions.json and to add CustomFunctions.associate to each.
// Add a file here when you add a function (tests/functions/metadata.test.ts checks it).
module.exports = [
  'split.ts',
  'ramp.ts',
  'seasonality.ts',
  'smart.ts',
  'achievable.ts',
  'conversion.ts',
  'leads-needed.ts',
  'pace.ts',
  'projection.ts',
  'forecast.ts',
  'payout.ts',
  'lagging.ts',
  'attainment.ts',
].map((file) => `./src/functions/${file}`);
