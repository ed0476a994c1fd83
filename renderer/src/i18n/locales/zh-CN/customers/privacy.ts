export default {
  privacyLog: {
    tab: '隐私记录',
    title: '个人信息导出与删除记录',
    intro:
      '每次导出某位会员的个人信息、导出完整手机号的会员名单、按本人要求删除个人信息，都记在这里。删除后的会员只以编号出现。',
    empty: '还没有导出或删除记录。',
    columns: { at: '时间', kind: '操作', customer: '会员编号', by: '操作人', count: '人数' },
    kinds: {
      export: '导出会员个人信息',
      erasure: '删除会员个人信息',
      wholeNumberExport: '导出完整手机号名单',
    },
    nobody: '本机（店主）',
    allCustomers: '会员名单',
    open: '查看会员',
  },
};
