import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostKind } from '../excel/host';
import { ExcelHome } from './ExcelHome';
import type { Locale } from '../core/locale';
import { uiStrings } from './i18n';
import { OtherHost, OutsideOffice } from './OutsideExcel';

/** `starting` until Office answers (bounded by whenHostReady's timeout), then the host kind. */
export type PaneState = 'starting' | HostKind;

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export function App({ state, locale }: { state: PaneState; locale: Locale }) {
  const styles = useStyles();
  const t = uiStrings[locale];
  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={styles.root} data-pane-state={state}>
      {state === 'starting' && <Spinner label={t.starting} />}
      {state === 'excel' && <ExcelHome locale={locale} />}
      {state === 'none' && <OutsideOffice t={t} />}
      {state === 'other' && <OtherHost t={t} />}
    </FluentProvider>
  );
}
