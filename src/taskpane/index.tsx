import { createRoot } from 'react-dom/client';
import { whenHostReady } from '../excel/host';
import { App } from './App';
import { resolveLocale } from './i18n';

// Shared runtime: functions.js has already run in this page (see taskpane.html), so the custom
// functions are registered whatever happens to the UI below.
const root = createRoot(document.getElementById('root')!);
root.render(<App state="starting" locale={resolveLocale(navigator.language)} />);

whenHostReady({ fallbackLanguage: navigator.language }).then(({ host, language, support }) => {
  const locale = resolveLocale(language);
  document.documentElement.lang = locale; // picks CJK glyphs for zh-CN
  root.render(<App state={host} locale={locale} support={support} />);
});
