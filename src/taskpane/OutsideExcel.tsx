import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Title3 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { fill, type UiStrings } from './i18n';

/** The pane opened where it cannot work: the product name, a notice, and what to do. */
function HostNotice(props: { t: UiStrings; intent: 'info' | 'warning'; title: string; body: string; children?: ReactNode }) {
  return (
    <section>
      <Title3 as="h1" block>
        {props.t.productName}
      </Title3>
      <MessageBar intent={props.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          {props.body}
        </MessageBarBody>
      </MessageBar>
      {props.children}
    </section>
  );
}

/** Opened in a plain browser: say where the pane belongs and how to get there. */
export function OutsideOffice({ t }: { t: UiStrings }) {
  return (
    <HostNotice t={t} intent="info" title={t.outsideTitle} body={t.outsideBody}>
      <ol>
        <li>
          <Body1>{t.outsideStepSideload}</Body1>
        </li>
        <li>
          <Body1>{t.outsideStepOpen}</Body1>
        </li>
        <li>
          <Body1>{t.outsideStepType}</Body1>
        </li>
      </ol>
    </HostNotice>
  );
}

/** Opened by another Office application (the manifest targets Workbook only, but say so plainly). */
export function OtherHost({ t }: { t: UiStrings }) {
  return <HostNotice t={t} intent="warning" title={t.otherHostTitle} body={t.otherHostBody} />;
}

/** Opened by an Excel without the API sets the pane needs: which ones, and which Excel has them. */
export function ExcelTooOld({ t, missing }: { t: UiStrings; missing: readonly string[] }) {
  return <HostNotice t={t} intent="warning" title={t.tooOldTitle} body={fill(t.tooOldBody, { sets: missing.join(', ') })} />;
}
