import type { UiStrings } from './strings';

export const zhCN: UiStrings = {
  productName: '销售目标规划',
  tagline: '把销售目标变成团队能在 Excel 中执行的计划。',
  starting: '正在启动…',
  functionsTitle: '现在可用的自定义函数',
  functionsIntro: '在任意单元格中输入即可使用，会像 Excel 自带函数一样随数据重新计算。',
  functionsLoading: '正在加载函数列表…',
  functionsUnavailable: '无法加载函数列表。函数本身仍可使用：在单元格中输入 =SALES. 即可看到。',
  examplesTitle: '试一试',
  exampleReturns: '结果',
  planningLater: '在此窗格中生成规划工作表的功能将在后续版本中提供。',
  outsideTitle: '销售目标规划需要在 Excel 中运行',
  outsideBody: '此页面是“销售目标规划”加载项的任务窗格。使用方法：',
  outsideStepSideload: '通过旁加载 manifest.xml 将加载项添加到 Excel（桌面版或网页版），或请管理员统一部署。',
  outsideStepOpen: '在 Excel 的“开始”选项卡中点击“销售目标规划”，打开此窗格。',
  outsideStepType: '在任意单元格中输入 =SALES. 即可使用这些函数。',
  otherHostTitle: '销售目标规划仅适用于 Excel',
  otherHostBody: '此加载项为 Excel 工作簿提供函数和规划工作表。请在 Excel 中打开工作簿，然后点击“开始”›“销售目标规划”。',
};
