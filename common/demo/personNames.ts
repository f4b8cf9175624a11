/**
 * Synthetic Chinese personal names: a common surname (weighted towards those frequent in
 * southern Fujian) and one or two given-name characters. Random combinations, not real people.
 */
import type { Rng } from './prng';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 12], ['林', 10], ['黄', 8], ['张', 6], ['李', 6], ['王', 5], ['吴', 5], ['刘', 4],
  ['蔡', 4], ['杨', 3], ['郑', 4], ['许', 3], ['洪', 3], ['苏', 3], ['叶', 2], ['庄', 2],
  ['谢', 2], ['周', 2], ['曾', 2], ['柯', 1], ['邱', 1], ['卢', 1], ['方', 1], ['欧阳', 0.3],
];

const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红建国文斌辉鹏宇浩晨欣怡佳琪梓涵子轩一诺雨萱思远俊杰海燕丽华金水阿福春生秋月惠珍淑芬美玲永福德顺振宗荣泉',
);

export function personName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES);
  const given = rng.chance(0.7) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return surname + given;
}
