import type { UiStrings } from './strings';

export const enUS: UiStrings = {
  productName: 'Sales Planner',
  tagline: 'Turn a sales target into a plan your team can run in Excel.',
  starting: 'Starting…',
  functionsTitle: 'Custom functions you can use now',
  functionsIntro: 'Type them in any cell. They recalculate with your data like Excel’s own functions.',
  functionsLoading: 'Loading the function list…',
  functionsUnavailable: 'The function list could not be loaded. The functions still work: type =SALES. in a cell to see them.',
  examplesTitle: 'Try these',
  exampleReturns: 'returns',
  planningLater: 'Building planning sheets from this pane comes in a later version.',
  outsideTitle: 'Sales Planner runs inside Excel',
  outsideBody: 'This page is the task pane of the Sales Planner add-in. To use it:',
  outsideStepSideload: 'Add the add-in to Excel (desktop or on the web) by sideloading its manifest.xml, or ask your administrator to deploy it.',
  outsideStepOpen: 'In Excel, on the Home tab, select Sales Planner to open this pane.',
  outsideStepType: 'Type =SALES. in any cell to use the functions.',
  otherHostTitle: 'Sales Planner works in Excel only',
  otherHostBody: 'This add-in adds functions and planning sheets to Excel workbooks. Open a workbook in Excel and select Home › Sales Planner.',
};
