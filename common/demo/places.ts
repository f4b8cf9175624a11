/**
 * The places the demo stands on: for each dataset size, the station (from the seed), its
 * district outline, the sub-area it covers, its streets/towns with an approximate centre
 * (WGS-84) and communities, and the road, compound and village names used in addresses.
 * Names are of real places in the area, for recognisability; every boundary, address number
 * and person in the demo is synthetic.
 */
import type { BBox } from './planarGeometry';

export interface StreetProfile {
  /** 街道 / 镇 */
  name: string;
  centre: [number, number];
  communities: readonly string[];
}

export interface PlaceProfile {
  stationName: string;
  district: string;
  subBureau: string;
  /** Key into xiamenDistricts. */
  outline: string;
  /** The station's sub-area of the district (null: the whole district). */
  subArea: BBox | null;
  /** Prefix of grid codes, e.g. HS-001. */
  codePrefix: string;
  /** GB/T 2260 code of the district, used for residents' ID numbers. */
  adcode: string;
  /** Who decides control levels. */
  commandName: string;
  streets: readonly StreetProfile[];
  roads: readonly string[];
  compounds: readonly string[];
  /** Village settlements (address without building/unit/room); empty for urban stations. */
  villages: readonly string[];
}

export const heshanProfile: PlaceProfile = {
  stationName: '禾山派出所',
  district: '湖里区',
  subBureau: '湖里公安分局',
  outline: 'Huli',
  subArea: [118.128, 24.483, 118.2, 24.53],
  codePrefix: 'HS',
  adcode: '350206',
  commandName: '湖里区疫情防控指挥部',
  streets: [
    { name: '江头街道', centre: [118.145, 24.497], communities: ['江头社区', '彩虹社区', '吕厝社区', '岭下社区', '后埔社区'] },
    { name: '禾山街道', centre: [118.168, 24.506], communities: ['禾山社区', '枋湖社区', '后坑社区', '坂尚社区', '寨上社区', '林后社区'] },
    { name: '金山街道', centre: [118.186, 24.518], communities: ['金尚社区', '金山社区', '高林社区', '五缘湾社区'] },
  ],
  roads: ['金尚路', '枋湖路', '仙岳路', '吕岭路', '金湖路', '江头北路', '禾山路', '云顶北路', '安岭路', '五缘湾道', '枋钟路', '高林中路'],
  compounds: ['金尚嘉园', '彩虹花园', '金山小区', '禾山花园', '枋湖新村', '江头花园', '吕厝小区', '岭下新村', '五缘湾1号', '高林居住区', '后坑小区', '金湖花园'],
  villages: [],
};

export const xinminProfile: PlaceProfile = {
  stationName: '新民派出所',
  district: '同安区',
  subBureau: '同安公安分局',
  outline: "Tong'an",
  subArea: null,
  codePrefix: 'TA',
  adcode: '350212',
  commandName: '同安区疫情防控指挥部',
  streets: [
    { name: '新民镇', centre: [118.17, 24.66], communities: ['梧侣社区', '新民社区', '西塘社区', '乌涂社区', '柑岭社区', '凤南社区'] },
    { name: '大同街道', centre: [118.15, 24.73], communities: ['东山社区', '南门社区', '西山社区', '城东社区', '碧岳社区'] },
    { name: '祥平街道', centre: [118.11, 24.74], communities: ['祥平社区', '阳翟社区', '祥桥社区', '西湖社区'] },
    { name: '西柯街道', centre: [118.12, 24.66], communities: ['西柯社区', '潘涂社区', '美溪社区', '丙洲社区'] },
    { name: '洪塘镇', centre: [118.21, 24.7], communities: ['洪塘社区', '郭山社区', '石浔社区', '三忠社区'] },
    { name: '五显镇', centre: [118.08, 24.8], communities: ['五显社区', '三秀社区', '后垵社区', '明溪社区'] },
    { name: '莲花镇', centre: [118.02, 24.82], communities: ['莲花社区', '淡溪社区', '云埔社区', '小坪社区'] },
    { name: '汀溪镇', centre: [118.13, 24.86], communities: ['汀溪社区', '造水社区', '半岭社区', '顶村社区'] },
  ],
  roads: ['同安大道', '环城南路', '环城西路', '西湖路', '同新路', '美峰路', '新民大道', '城南大道', '梧侣路', '凤南路', '银湖路', '祥平路'],
  compounds: ['梧侣花园', '新民家园', '城东嘉园', '祥平新村', '西湖花园', '银湖嘉苑', '凤南新村', '美峰小区', '阳翟新村', '丙洲花园'],
  villages: ['下宅', '后田', '顶厝', '埔头', '溪边', '山后', '林边', '东坑', '后垵', '西坑'],
};
