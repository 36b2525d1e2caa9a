import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the planning panel's parts; one column, for a pane about 320 px wide. */
export const usePlanningStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Two short fields side by side when there is room, one under the other when there is not.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(112px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  // Inputs and selects are as wide as their column, never wider: a native select is otherwise as
  // wide as its longest option, and that overflows a 320 px pane.
  control: { minWidth: 0, maxWidth: '100%' },
  group: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  legend: { padding: 0, marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXS },
  indented: {
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The plan's actions fill each row they wrap into, so the narrow pane shows tidy rows.
  fillRow: { flexGrow: 1 },
  // The outcome takes focus so that keyboard users continue from it: the ring shows where they are.
  message: {
    ':focus': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  // A fieldset that only locks what it holds while an action runs (Locked.tsx): no frame of its own.
  locked: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column' },
  lockedGapM: { rowGap: tokens.spacingVerticalM },
  lockedGapS: { rowGap: tokens.spacingVerticalS },
  details: { marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  factLabel: { color: tokens.colorNeutralForeground3 },
  factValue: { margin: 0, overflowWrap: 'anywhere' },
});
