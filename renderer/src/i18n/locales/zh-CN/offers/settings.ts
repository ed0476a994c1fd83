/** 核销设置的文案。 */
export default {
  settings: {
    intro: '这些设置对本店所有电脑生效，同步到每一台。',
    undoWindowMin: '核销后可撤销的时间',
    undoWindowHelp:
      '在这段时间内，核销台可以撤销一次核销（需要填写原因）；超过后只能通过平台退款。',
    minutes: '分钟',
    unverifiedCap: '每台电脑每天最多收多少张未核实的券',
    unverifiedCapHelp:
      '未核实的券：二维码的平台签名有效，但这张券还没同步到这台电脑（例如顾客刚在断网时买的）。联网后由平台确认。填 0 表示不收。',
    perDay: '张 / 天',
    acceptUnknown: '离线时也接受本机不认识的手输券码',
    acceptUnknownRisk:
      '风险由本店承担：离线时手输的券码无法核对真假，也不知道是否已用过。联网后平台若发现券码不存在、已用过或已退款，会在“需要处理”里说明，这笔钱需要向顾客收回。',
    acceptUnknownOff: '关闭时，离线状态下本机不认识的手输券码会被拒绝；扫二维码不受影响。',
    save: '保存设置',
    saved: '核销设置已保存。',
    errors: {
      required: '请填写。',
      tooSmall: '不能小于允许的最小值。',
      tooLarge: '超过了允许的最大值。',
      invalid: '请填写整数。',
    },
  },
};
