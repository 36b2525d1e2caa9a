/* global Excel */
/**
 * In the page, after Microsoft's excel-web-16.00.debug.js: replays the steps recorded by
 * tests/support/wire-recorder.ts on real `Excel.RequestContext`s, one per recorded
 * `Excel.run`, one `sync()` per recorded sync. The client posts each request to the local
 * recording server (real-office-client.ts), which measures it. Plain JavaScript: it is sent
 * to the browser as is.
 */
window.__replayRecording = async function replayRecording(serviceUrl, stepsUrl) {
  const runs = await (await fetch(stepsUrl)).json();
  let syncs = 0;
  for (const run of runs) {
    const context = new Excel.RequestContext(serviceUrl);
    const objects = [context];
    const decode = (value) => {
      if (Array.isArray(value)) return value.map(decode);
      if (value !== null && typeof value === 'object') {
        if (value.$undefined === true) return undefined;
        if (typeof value.$ref === 'number') return objects[value.$ref];
      }
      return value;
    };
    for (const group of run) {
      for (const step of group) {
        const target = objects[step.target];
        if (target === undefined) throw new Error(`replay: object ${step.target} unknown at ${JSON.stringify(step).slice(0, 200)}`);
        if (step.op === 'get') objects[step.result] = target[step.name];
        else if (step.op === 'set') target[step.name] = decode(step.value);
        else if (step.op === 'item') objects[step.result] = target.getItem(step.key);
        else {
          if (typeof target[step.name] !== 'function') throw new Error(`replay: the real client has no method ${step.name}`);
          const result = target[step.name](...step.args.map(decode));
          if (step.result !== undefined) objects[step.result] = result;
        }
      }
      await context.sync();
      syncs++;
    }
  }
  return syncs;
};
