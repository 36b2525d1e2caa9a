import { AriaLiveAnnouncer, FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostKind, HostSupport } from '../excel/host';
import { ExcelHome } from './ExcelHome';
import type { Locale } from '../core/locale';
import { uiStrings } from './i18n';
import { ExcelTooOld, OtherHost, OutsideOffice } from './OutsideExcel';

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

/** `support` (what this Excel has of the add-in's requirement sets) matters only in Excel. */
export function App({ state, locale, support }: { state: PaneState; locale: Locale; support?: HostSupport }) {
  const styles = useStyles();
  const t = uiStrings[locale];
  const tooOld = state === 'excel' && support !== undefined && !support.planning;
  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={styles.root} data-pane-state={tooOld ? 'excel-too-old' : state}>
      {/* Fluent's MessageBars announce themselves through this live region (useAnnounce); without it, screen readers hear nothing. */}
      <AriaLiveAnnouncer>
        {state === 'starting' && <Spinner label={t.starting} />}
        {tooOld && <ExcelTooOld t={t} missing={support.missing} />}
        {state === 'excel' && !tooOld && <ExcelHome locale={locale} functionsAvailable={support?.functions ?? true} />}
        {state === 'none' && <OutsideOffice t={t} />}
        {state === 'other' && <OtherHost t={t} />}
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
