/** 店铺装修规则的文案：消息、怎么办、每个修复的标签（part.rules.<rule>）。 */
export default {
  storefront: {
    stalePublish: {
      message:
        '另一台电脑先发布了店铺页面（现在上线的是第 {{live}} 版），而这次发布是在第 {{basedOn}} 版的基础上做的，所以没有发布。',
      todo: '到“版本”里对比第 {{live}} 版和你的草稿，确认不会覆盖别人的改动；确认后可以照样发布，成为新的一版，两版都留在历史里。',
      actions: { publishAnyway: '照样发布为第 {{live}} 版之后的新版本' },
    },
  },
};
