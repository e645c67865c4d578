// What messages call a text field, so a problem inside a value reads 名称里有… rather than
// naming the field path twice (the path is printed beside every message anyway).

const LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  name: '名称',
  shortName: '简称',
  short: '简称',
  owner: '主办单位',
  kind: '类别',
  level: '层级',
  region: '所属地区',
  regions: '地区',
  platform: '平台',
  veto: '单项否决指标',
  websiteVetoItems: '单项否决指标',
  accountVetoItems: '单项否决指标',
  fixed: '编号',
  stillFailing: '编号',
  notReported: '编号',
  problem: '问题',
  problems: '问题分析',
  requirements: '工作要求',
  recommendations: '工作建议',
  docNumber: '发文字号',
  scope: '检查范围',
  addressees: '主送机关',
  basis: '依据文件',
  recipient: '整改报送对象',
  person: '联系人',
  phone: '联系电话',
  email: '邮箱',
  annotation: '附注',
  organ: '机关标志',
  copyTo: '抄送机关',
  printedBy: '印发机关',
  title: '标题',
  issuer: '署名',
};

/** The Chinese name of the field at `path` (`websites[3].name` → 名称), or 这段文字 for one without. */
export function fieldLabel(path: string): string {
  const last = /([^.[\]]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';
  return Object.hasOwn(LABELS, last) ? (LABELS[last] ?? '这段文字') : '这段文字';
}
