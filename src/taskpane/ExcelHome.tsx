import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { loadCatalog, type CatalogEntry } from './catalog';
import { examplesFor } from './examples';
import type { Locale } from '../core/locale';
import { uiStrings } from './i18n';
import { PlanningPanel } from './planning/PlanningPanel';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Break long signatures at the spaces after commas first, inside a name only if it must.
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** null while loading; 'failed' if the metadata could not be read. */
type Catalog = CatalogEntry[] | null | 'failed';

/**
 * The pane inside Excel: what the add-in is, the planning panel, and the functions registered
 * right now — or, in an Excel without custom functions (`functionsAvailable` false), that they
 * do not run here.
 */
export function ExcelHome({ locale, functionsAvailable = true }: { locale: Locale; functionsAvailable?: boolean }) {
  const styles = useStyles();
  const t = uiStrings[locale];
  const [catalog, setCatalog] = useState<Catalog>(null);
  useEffect(() => {
    if (!functionsAvailable) return;
    let live = true;
    loadCatalog(locale).then(
      (entries) => live && setCatalog(entries),
      () => live && setCatalog('failed'),
    );
    return () => {
      live = false;
    };
  }, [locale, functionsAvailable]);

  return (
    <main className={styles.stack}>
      <header>
        <Title3 as="h1" block>
          {t.productName}
        </Title3>
        <Body1 block>{t.tagline}</Body1>
      </header>
      <PlanningPanel locale={locale} />
      <Card>
        <CardHeader header={<Subtitle2 as="h2">{t.functionsTitle}</Subtitle2>} description={<Caption1>{t.functionsIntro}</Caption1>} />
        {!functionsAvailable && (
          <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined} data-testid="functions-need-newer-excel">
            <MessageBarBody>{t.functionsNeedNewerExcel}</MessageBarBody>
          </MessageBar>
        )}
        {functionsAvailable && catalog === null && <Spinner size="tiny" label={t.functionsLoading} />}
        {catalog === 'failed' && (
          <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined}>
            <MessageBarBody>{t.functionsUnavailable}</MessageBarBody>
          </MessageBar>
        )}
        {Array.isArray(catalog) && (
          <ul className={styles.list} data-testid="function-list">
            {catalog.map((f) => (
              <li key={f.name} data-function={f.name}>
                <Text weight="semibold" size={200} block className={styles.code}>
                  {f.signature}
                </Text>
                <Caption1 block>{f.description}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {Array.isArray(catalog) && <Examples locale={locale} registered={catalog.map((f) => f.name)} />}
    </main>
  );
}

function Examples({ locale, registered }: { locale: Locale; registered: string[] }) {
  const styles = useStyles();
  const t = uiStrings[locale];
  const examples = examplesFor(registered);
  if (examples.length === 0) return null;
  return (
    <Card>
      <CardHeader header={<Subtitle2 as="h2">{t.examplesTitle}</Subtitle2>} />
      <ul className={styles.list} data-testid="examples">
        {examples.map((e) => (
          <li key={e.formula}>
            <Text size={200} block className={styles.code}>
              {e.formula}
            </Text>
            <Caption1>{t.exampleReturns}</Caption1>{' '}
            <Text size={200} className={styles.code}>
              {e.result}
            </Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
