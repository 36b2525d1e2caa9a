import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import type { UiStrings } from './i18n';

/** Opened in a plain browser: say where the pane belongs and how to get there. */
export function OutsideOffice({ t }: { t: UiStrings }) {
  return (
    <section>
      <Title3 as="h1" block>{t.productName}</Title3>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.outsideTitle}</MessageBarTitle>
          {t.outsideBody}
        </MessageBarBody>
      </MessageBar>
      <ol>
        <li><Body1>{t.outsideStepSideload}</Body1></li>
        <li><Body1>{t.outsideStepOpen}</Body1></li>
        <li><Body1>{t.outsideStepType}</Body1></li>
      </ol>
    </section>
  );
}

/** Opened by another Office application (the manifest targets Workbook only, but say so plainly). */
export function OtherHost({ t }: { t: UiStrings }) {
  return (
    <section>
      <Title3 as="h1" block>{t.productName}</Title3>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.otherHostTitle}</MessageBarTitle>
          {t.otherHostBody}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
