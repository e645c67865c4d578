// Every name a template can read, with what it means, in the office's words: the list the
// README prints under 「模板可用的数据」 (written by `npm run names`). A test compares each
// part with the objects compute really builds, so the list cannot drift from the code.

export interface TemplateName {
  readonly name: string;
  readonly meaning: string;
}

export interface TemplateNameGroup {
  /** what the names are read on, as the README heading says it */
  readonly title: string;
  /** how a template reaches such an object */
  readonly reachedBy: string;
  readonly names: readonly TemplateName[];
}

const n = (name: string, meaning: string): TemplateName => ({ name, meaning });

export const TEMPLATE_NAMES: readonly TemplateNameGroup[] = [
  {
    title: '通报本身',
    reachedBy: '模板最外层直接写，如 `{{period period}}`、`{{websites.running}}`',
    names: [
      n('issuer', '发文机关设置（_issuer.yaml，季度文件 issuer: 覆盖后），如 issuer.name、issuer.scope；没写的设置为空'),
      n('period', '检查的季度 { year, quarter }'),
      n('date', '成文日期'),
      n('docNumber', '发文字号；没有为空'),
      n('window', '检查时间段 { start, end }'),
      n('monitoringPoint', '监测时间点；没有为空'),
      n('deadline', '整改报送截止日期'),
      n('printDate', '印发日期（不写即成文日期）'),
      n('narrative', '人工撰写的段落，按名称，如 narrative.problems；这一季度没写的为空'),
      n('websites', '政府网站：一组单位（见下“一组单位”）'),
      n('accounts', '政务新媒体账号：一组单位'),
      n('messages', '各留言渠道（见下“一个留言渠道”）'),
      n('messageTotals', '各留言渠道合计（received、finished、completionRate、categories、units）'),
      n('facts', '本季度发文单位自己的统计数，按 _issuer.yaml facts 里的名称（of: quarter），如 facts.提醒次数'),
      n('previous', '上一季度（见下“一个季度”）；没有为空'),
      n('yearAgo', '去年同一季度；季度链够不着、也没有写 yearAgo 时为空'),
      n('earlier', '更早的每个季度，由近及远'),
    ],
  },
  {
    title: '一组单位',
    reachedBy: '`websites`、`accounts`，`by.<分组>.<名称>` 里的每一组（可再分组），`previous`、`yearAgo` 里的同一组',
    names: [
      n('name', '组名（整个渠道为 websites 或 accounts）'),
      n('channel', 'websites 或 accounts'),
      n('period', '这组数所属的季度'),
      n('source', 'records（由检查记录算出）或 published（照公布的数）'),
      n('registered', '列出的单位数（不论运行状态）'),
      n('running', '正常运行的单位数'),
      n('closed', '关停的单位数'),
      n('building', '建设中的单位数'),
      n('added', '本季度新增（上季度记录里没有）且在运行的单位数；上季度没有记录时为空'),
      n('removed', '上季度在运行、本季度不再运行或不再列出的单位数'),
      n('checked', '检查的单位数'),
      n('unchecked', '在运行但没有检查的单位数'),
      n('failing', '不合格的单位数'),
      n('passing', '合格的单位数'),
      n('samplingRatio', '抽查比例 = 检查数 ÷ 运行数；没有运行的单位时为空'),
      n('passRate', '合格率 = 合格数 ÷ 检查数；没有检查时为空'),
      n('failRate', '不合格率 = 不合格数 ÷ 检查数'),
      n('fullCoverage', '在运行的全部检查了'),
      n('checks', '检查次数 = 检查数 × 轮次（数据写了 rounds 时）'),
      n('owners', '在运行单位的主办单位个数（去重）'),
      n('checkedUnchanged', '检查的单位与上季度完全相同（检查范围与上季度一致）；上季度没有记录时为空'),
      n('units', '全部单位（见下“一个单位”），按记录顺序'),
      n('unit', '按编号取一个单位，如 websites.unit.w05'),
      n('runningUnits', '在运行的单位'),
      n('checkedUnits', '检查了的单位'),
      n('failingUnits', '不合格的单位（不合格名单）'),
      n('passingUnits', '合格的单位'),
      n('closedUnits', '关停的单位'),
      n('addedUnits', '本季度新增的单位'),
      n('vetoBreakdown', '各单项否决指标的单位数（name、count），多的在前'),
      n('scored', '评分的单位数（检查了、没有单项否决、填了得分）'),
      n('scoredUnits', '评分的单位'),
      n('averageScore', '扣分指标平均得分'),
      n('averageFinalScore', '含加分的平均总分'),
      n('averageDeduction', '平均扣分（满分 − 扣分指标得分）'),
      n('averageBonus', '平均加分（计入的加分，按评分单位平均）'),
      n('highest', '扣分指标得分最高的单位（并列时取记录在前的）'),
      n('lowest', '扣分指标得分最低的单位'),
      n('ranking', '评分单位按总分排名（rank、tied）'),
      n('scores', '得分的每一部分（见下“得分的一部分”）：score、bonus、finalScore、deduction、各一级指标、“一级指标.二级指标”'),
      n('groupsWithoutDeduction', '没有一个单位扣分的一级指标'),
      n('itemsWithoutDeduction', '没有一个单位扣分的二级指标'),
      n('groupIndices', '一级指标得分指数（group、points、average、index、previous）'),
      n('itemIndices', '二级指标得分指数（group、item、points、average、index、sites）'),
      n('lowestItemIndices', '二级指标得分指数，低的在前'),
      n('scoreLines', '发文机关设置的每条分数线（score、inclusive、count、share、sites、byKind、byLevel、previous、streak）'),
      n('facts', '发文单位自己的统计数，按名称（见下“一项自己的统计数”）'),
      n('recheck', '复检（rechecked、passed、stillFailing、notRechecked、passedUnits、stillFailingUnits、passRate）；没有复检为空'),
      n('rectification', '上季度不合格单位的整改（issued、fixed、stillFailing、notReported、各自名单、completionRate）；没有为空'),
      n('by', '按字段或发文机关定义的类别分组：kind、level、region、owner、status（网站），platform、region、owner、status（账号），以及 categories 里的名称；每组又是“一组单位”'),
      n('byRegion', '有在运行单位的地区（按 regions 设置的顺序）'),
      n('byOwner', '有在运行单位的主办单位'),
      n('byKind', '有在运行单位的网站类别'),
      n('byLevel', '有在运行单位的网站层级'),
      n('byPlatform', '有在运行账号的平台（按平台设置的顺序）'),
      n('regionsAllPassed', '检查了且全部合格的地区名'),
      n('regionRanking', '检查了的地区按合格率排名（rank、tied）'),
      n('previous', '同一组单位在上一季度；没有为空'),
      n('yearAgo', '同一组单位在去年同一季度'),
      n('earlier', '同一组单位在更早的每个季度，由近及远'),
    ],
  },
  {
    title: '一个单位',
    reachedBy: '`units`、`failingUnits`、`ranking`、`unit.<编号>` 等列表里的每一项',
    names: [
      n('channel', 'websites 或 accounts'),
      n('id', '编号'),
      n('name', '网站名称或账号名称'),
      n('owner', '主办单位'),
      n('region', '所属地区'),
      n('kind', '网站类别（账号为空文字）'),
      n('level', '网站层级（账号为空文字）'),
      n('platform', '账号平台全称（网站为空文字）'),
      n('type', '网站类别或账号平台全称'),
      n('typeShort', '附件表格里的类型：平台简称或网站类别'),
      n('status', '运行状态'),
      n('running', '在运行'),
      n('checked', '检查了'),
      n('failing', '不合格'),
      n('passing', '合格'),
      n('veto', '触发的单项否决指标'),
      n('problem', '附件表“问题”栏的文字；合格单位为空文字'),
      n('recheck', '复检结果；没有复检为空'),
      n('scored', '评分了'),
      n('score', '扣分指标得分'),
      n('bonus', '计入的加分'),
      n('finalScore', '总分'),
      n('deduction', '扣分（满分 − 扣分指标得分）'),
      n('parts', '各一级指标得分，按名称；按二级指标评分的还有“一级指标.二级指标”'),
      n('facts', '这个单位自己的统计数，按名称'),
      n('previous', '同一编号的单位在上一季度；上季度没有它的记录为空'),
      n('yearAgo', '同一编号的单位在去年同一季度'),
      n('isNew', '本季度新列出（上季度记录里没有）；上季度没有记录为空'),
      n('failedEarlier', '在更早的哪些季度不合格（季度列表，由近及远）'),
    ],
  },
  {
    title: '得分的一部分',
    reachedBy: '`scores.score`、`scores.bonus`、`scores.finalScore`、`scores.deduction`、`scores.<一级指标>`、`scores.<一级指标>.<二级指标>`',
    names: [
      n('name', '这一部分的名称'),
      n('points', '分值（总分、扣分没有分值）'),
      n('average', '平均'),
      n('total', '合计'),
      n('highest', '最高：{ value, items }，并列的都在 items 里'),
      n('lowest', '最低：{ value, items }'),
      n('index', '得分指数 = 平均 ÷ 分值'),
      n('fullMarks', '得满分的单位'),
      n('counted', '扣了分的单位数（加分、扣分：大于 0 的单位数）'),
      n('averageCounted', '只算扣了分（或得了加分）的单位的平均'),
    ],
  },
  {
    title: '一项自己的统计数',
    reachedBy: '`facts.<名称>`（在一组单位上）',
    names: [
      n('name', '名称'),
      n('unit', '量词'),
      n('count', '填了这一项的单位数'),
      n('sum', '合计'),
      n('average', '平均'),
      n('highest', '最多：{ value, items }'),
      n('lowest', '最少：{ value, items }'),
    ],
  },
  {
    title: '一个季度',
    reachedBy: '`previous`、`yearAgo`、`earlier` 里的每一项',
    names: [
      n('period', '季度'),
      n('source', 'records（有检查记录）或 published（只有公布的数）'),
      n('websites', '政府网站（一组单位）；那个季度没有网站记录时为空'),
      n('accounts', '政务新媒体账号（一组单位）；没有时为空'),
      n('messages', '各留言渠道'),
      n('messageTotals', '各留言渠道合计'),
      n('facts', '那个季度发文单位自己的统计数'),
      n('scored', '评分的网站数'),
      n('averageScore', '网站扣分指标平均得分'),
      n('averageFinalScore', '网站含加分的平均总分'),
      n('groupIndices', '网站一级指标得分指数'),
    ],
  },
  {
    title: '一个留言渠道',
    reachedBy: '`messages` 里的每一项',
    names: [
      n('name', '渠道名称'),
      n('window', '统计时间段；与检查时间段相同时为空'),
      n('received', '收到数'),
      n('finished', '办结数'),
      n('finishedOnTime', '按时办结数；没有为空'),
      n('completionRate', '办结率；没有收到留言时为空'),
      n('onTimeRate', '按时办结率'),
      n('categories', '按类别（name、received、finished、share、completionRate），多的在前'),
      n('units', '按承办单位（同上，另有 rank、tied），多的在前'),
    ],
  },
];

/** The README section's body, as `npm run names` writes it. */
export function templateNamesMarkdown(): string {
  return TEMPLATE_NAMES.map((group) =>
    [
      `### ${group.title}`,
      '',
      `从${group.reachedBy}取用。`,
      '',
      '| 名称 | 含义 |',
      '| --- | --- |',
      ...group.names.map((entry) => `| \`${entry.name}\` | ${entry.meaning} |`),
      '',
    ].join('\n'),
  ).join('\n');
}

const BEGIN = '<!-- 以下由 npm run names 从 src/compose/template-names.ts 生成，不要手改 -->';
const END = '<!-- 以上由 npm run names 生成 -->';

/** The README with its generated list replaced by the current one. */
export function replaceGeneratedNames(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  return `${readme.slice(0, start)}${BEGIN}\n\n${templateNamesMarkdown()}\n${readme.slice(end)}`;
}
