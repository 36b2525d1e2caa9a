import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { PlanPreview } from '../../excel';
import type { UiStrings } from '../i18n';
import { previewView } from '../preview-view';
import { usePlanningStyles } from './styles';

const usePreviewStyles = makeStyles({
  // The per-rep table scrolls sideways inside the pane (12 periods do not fit 320 px).
  scroller: { overflowX: 'auto', maxWidth: '100%', maxHeight: '320px', overflowY: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  cell: {
    textAlign: 'right',
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rep: { textAlign: 'left', position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground1 },
  summary: { cursor: 'pointer', paddingBlock: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Props {
  preview: PlanPreview;
  t: UiStrings;
  locale: string;
  confirmLabel: string;
  busy: boolean;
  running: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/**
 * The confirm step: what the action would write (a summary, a warning, the per-rep table
 * behind a disclosure), then Confirm or Back. Nothing has been written when it shows.
 */
export function PreviewPanel({ preview, t, locale, confirmLabel, busy, running, onConfirm, onBack }: Props) {
  const styles = usePlanningStyles();
  const own = usePreviewStyles();
  const view = previewView(preview, t, locale);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form it replaces took the focus with it: the preview's title takes it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.section} aria-labelledby={titleId} data-testid="plan-preview" data-kind={preview.kind}>
      <h3 id={titleId} ref={heading} tabIndex={-1} className={own.heading}>
        <Subtitle2>{view.title}</Subtitle2>
      </h3>
      <ul className={own.lines}>
        {view.lines.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ul>
      {view.warning && (
        <MessageBar intent="warning" layout="multiline" data-testid="preview-warning" aria-labelledby={undefined}>
          <MessageBarBody>{view.warning}</MessageBarBody>
        </MessageBar>
      )}
      {view.rows.length > 0 && (
        <details>
          <summary className={own.summary}>{view.tableLabel}</summary>
          <div className={own.scroller}>
            <table className={own.table} data-testid="preview-table">
              <thead>
                <tr>
                  {view.head.map((h, i) => (
                    <th key={h} scope="col" className={i === 0 ? mergeClasses(own.cell, own.rep) : own.cell}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((value, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className={mergeClasses(own.cell, own.rep)}>
                          {value}
                        </th>
                      ) : (
                        <td key={i} className={own.cell}>
                          {value}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.truncated && <Caption1>{view.truncated}</Caption1>}
        </details>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          aria-busy={running}
          icon={running ? <Spinner size="tiny" /> : undefined}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button disabledFocusable={busy} onClick={onBack}>
          {t.backToForm}
        </Button>
      </div>
    </section>
  );
}
