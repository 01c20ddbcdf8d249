import type { ScanEntry } from '../src/scanner/types';
import { createRandom } from './_measure';

const ENGLISH = `the a of and to in is that for on with as by at from it its this are was be has have were which
their more than but not or an also will new can said about after over into its chip chips company market
data center training inference model models performance export controls government analysts industry
demand supply memory bandwidth power cloud customers orders revenue quarter year report reports sales
while however although because despite domestic foreign american chinese global leading advanced local
firms companies compute cluster servers accelerator accelerators software ecosystem developers engineers
investment billion million percent growth shipments production capacity foundry process node packaging
rules license licenses ban restrictions sanctions officials ministry department commerce security national
according people familiar with matter plans launch delayed announced expected estimated reportedly says
large language reasoning open source weights benchmark results faster cheaper efficient scale price prices`
  .split(/\s+/)
  .filter(Boolean);

const CHINESE = `的 了 在 是 和 也 就 都 而 及 与 着 或 一个 没有 我们 他们 芯片 公司 市场 数据 中心 训练 推理 模型
性能 出口 管制 政府 分析师 行业 需求 供应 内存 带宽 功耗 云 客户 订单 收入 季度 今年 报告 销量 国产 海外 美国
中国 全球 领先 先进 本土 企业 算力 集群 服务器 加速卡 软件 生态 开发者 工程师 投资 亿元 百分之 增长 出货 产能
代工 工艺 封装 规则 许可 禁令 限制 制裁 官员 部门 商务部 安全 国家 据悉 知情人士 计划 发布 推迟 宣布 预计
据报道 表示 大模型 推理 开源 权重 测试 结果 更快 更便宜 高效 规模 价格 ， 。 、 “ ” （ ）`
  .split(/\s+/)
  .filter(Boolean);

/**
 * A reproducible corpus of at least `minChars` code units: English and Chinese paragraphs (about 60/40)
 * naming an entity of the dictionary in about one word of 25 (one mention per ~150 characters), with possessives, plurals and the words that
 * resolve ambiguous names. Lines are sentences, so the same text serves as a many-line document.
 */
export function generateCorpus(entries: readonly ScanEntry[], minChars: number, seed = 7): string {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const zhNames = entries.flatMap((e) => e.names.filter((n) => n.lang === 'zh').map((n) => n));
  const enNames = entries.flatMap((e) => e.names.filter((n) => n.lang !== 'zh'));
  const mention = (names: typeof enNames) => {
    const name = pick(names);
    const near = name.ambiguous && random() < 0.7 ? `${pick(name.ambiguous.near)} ` : '';
    const suffix = random() < 0.1 ? '’s' : random() < 0.05 ? 's' : '';
    return `${near}${name.text}${suffix}`;
  };
  const lines: string[] = [];
  let length = 0;
  while (length < minChars) {
    let line = '';
    if (random() < 0.6) {
      const words = 12 + Math.floor(random() * 16);
      for (let i = 0; i < words; i++)
        line += `${i === 0 ? '' : ' '}${random() < 0.022 ? mention(enNames) : pick(ENGLISH)}`;
      line += '.';
    } else {
      const words = 14 + Math.floor(random() * 20);
      for (let i = 0; i < words; i++) {
        const r = random();
        line += r < 0.007 ? mention(zhNames) : r < 0.01 ? mention(enNames) : pick(CHINESE);
      }
      line += '。';
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}
