// Office for the task-pane tests, served in place of Microsoft's office.js, followed in the same
// script by the Excel double (window.Excel; see support/pane-browser.ts).
// It provides what the page touches at start-up: Office.onReady answering { host: 'Excel' },
// Office.context.displayLanguage (from ?displayLanguage=, default en-US), and the
// CustomFunctions global of the shared runtime, whose associate() records every id registered,
// and Office.context.requirements.isSetSupported: every set is supported except those named in
// ?unsupported= (comma-separated names, e.g. CustomFunctionsRuntime), as an older Excel would.
(function () {
  var query = new URLSearchParams(window.location.search);
  var language = query.get('displayLanguage') || 'en-US';
  var unsupported = (query.get('unsupported') || '').split(',').filter(Boolean);
  var associated = [];
  window.__associatedFunctionIds = associated;

  function CustomFunctionsError(code, message) {
    this.code = code;
    this.message = message || '';
  }
  window.CustomFunctions = {
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
    Error: CustomFunctionsError,
    associate: function (idOrMap, fn) {
      if (typeof idOrMap === 'string') associated.push({ id: idOrMap.toUpperCase(), callable: typeof fn === 'function' });
      else
        Object.keys(idOrMap).forEach(function (id) {
          associated.push({ id: id.toUpperCase(), callable: typeof idOrMap[id] === 'function' });
        });
    },
  };

  var info = { host: 'Excel', platform: 'OfficeOnline' };
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: language,
      requirements: {
        isSetSupported: function (name) {
          return unsupported.indexOf(name) < 0;
        },
      },
    },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 20);
      });
    },
  };
})();
