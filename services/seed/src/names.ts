/**
 * Vocabulary for the demo data: systems, unit templates, places, personal names, teams, positions
 * and activity wording, modelled on Bazhong's municipal departments around the 2016 campaign (so
 * 2016 agency names such as 卫生和计划生育委员会 and 工商行政管理局, not their later successors).
 */

export type IndustryKey =
  | 'dev' | 'party' | 'finance' | 'construction' | 'agriculture' | 'transport' | 'culture' | 'market' | 'social'
  | 'legal' | 'education' | 'health' | 'soe';

/** What a unit does day to day; decides its team names and the positions of its members. */
export type UnitKind = 'agency' | 'court' | 'procuratorate' | 'police' | 'school' | 'hospital' | 'enterprise' | 'station';

export interface IndustryDef {
  key: IndustryKey;
  code: string;
  name: string;
  /** These systems run their own demonstration action, so the platform lists but skips them. */
  excluded: boolean;
}

export const INDUSTRY_DEFS: readonly IndustryDef[] = [
  { key: 'dev', code: 'IND-01', name: '发展改革系统', excluded: false },
  { key: 'party', code: 'IND-02', name: '党群系统', excluded: false },
  { key: 'finance', code: 'IND-03', name: '财政金融系统', excluded: false },
  { key: 'construction', code: 'IND-04', name: '城乡建设系统', excluded: false },
  { key: 'agriculture', code: 'IND-05', name: '农业农村系统', excluded: false },
  { key: 'transport', code: 'IND-06', name: '交通运输系统', excluded: false },
  { key: 'culture', code: 'IND-07', name: '文化旅游系统', excluded: false },
  { key: 'market', code: 'IND-08', name: '市场监管系统', excluded: false },
  { key: 'social', code: 'IND-09', name: '民政人社系统', excluded: false },
  { key: 'legal', code: 'IND-10', name: '政法系统', excluded: true },
  { key: 'education', code: 'IND-11', name: '教育系统', excluded: true },
  { key: 'health', code: 'IND-12', name: '卫生计生系统', excluded: true },
  { key: 'soe', code: 'IND-13', name: '国有企业', excluded: true },
];

export const EXCLUDED_INDUSTRY_NAMES: readonly string[] = INDUSTRY_DEFS.filter((d) => d.excluded).map((d) => d.name);

/**
 * A unit name pattern. City level: {c} = full city name (巴中市), {s} = short name (巴中).
 * County level: {p} = county/district. Town level: {t} = county + town.
 */
export interface UnitTemplate {
  pattern: string;
  kind?: UnitKind;
  /** Only makes sense for Bazhong itself, so it is not reused for other cities. */
  local?: boolean;
}

type Templates = Partial<Record<IndustryKey, readonly (string | UnitTemplate)[]>>;

/**
 * Municipal departments and directly affiliated bodies (市直部门/单位). Within each system the
 * best-known unit comes first, because small scales take the first few of every system.
 */
export const CITY_UNITS: Templates = {
  dev: [
    '{c}发展和改革委员会', '{c}经济和信息化委员会', '{c}商务局', '{c}统计局', '{c}投资促进局', '{c}粮食局',
    '{c}科学技术和知识产权局', '{s}经济开发区管理委员会', '{c}中小企业发展服务中心', '{c}重点项目服务中心',
  ],
  party: [
    '中共{c}委组织部', '中共{c}委办公室', '{c}人民政府办公室', '中共{c}委宣传部', '中共{c}委统一战线工作部',
    '中共{c}纪律检查委员会', '中共{c}直属机关工作委员会', '{c}人大常委会办公室', '政协{c}委员会办公室', '{c}总工会',
    '共青团{c}委员会', '{c}妇女联合会', '中共{c}委政策研究室', '中共{c}委机构编制委员会办公室', '中共{c}委党校',
    '中共{c}委老干部局', '中共{c}委党史研究室', '{c}科学技术协会', '{c}文学艺术界联合会', '{c}工商业联合会',
    '{c}档案局', '{c}地方志办公室', '{s}日报社', '{c}机关事务管理局', '{c}信访局',
  ],
  finance: [
    '{c}财政局', '{c}审计局', '{c}地方税务局', '{c}国家税务局', '{c}人民政府金融工作办公室',
    '{c}国有资产监督管理委员会', '{c}公共资源交易中心', '{c}非税收入征收管理局', '{c}财政投资评审中心',
  ],
  construction: [
    '{c}住房和城乡建设局', '{c}城乡规划局', '{c}国土资源局', '{c}城市管理行政执法局', '{c}环境保护局',
    '{c}住房公积金管理中心', '{c}房地产管理局', '{c}人民防空办公室', '{c}园林绿化管理局', '{c}建设工程质量安全监督站',
  ],
  agriculture: [
    '{c}农业局', '{c}扶贫和移民工作局', '{c}林业局', '{c}水务局', '{c}畜牧食品局', '{c}农业机械管理局',
    '{c}供销合作社联合社', '{c}气象局', '{c}动物疫病预防控制中心', '{c}水文水资源勘测局', '{c}农村能源办公室',
  ],
  transport: [
    '{c}交通运输局', '{c}公路管理局', '{c}道路运输管理处', '{c}地方海事处', '{c}邮政管理局',
    '{c}交通建设工程质量监督站', '{c}铁路建设协调办公室',
  ],
  culture: [
    '{c}文化广电新闻出版局', '{c}旅游发展委员会', '{c}体育局', '{c}图书馆', '{c}文化馆', '{s}广播电视台', '{c}文物管理局',
    { pattern: '{c}川陕革命根据地博物馆', local: true }, { pattern: '{c}光雾山风景名胜区管理局', local: true },
  ],
  market: [
    '{c}工商行政管理局', '{c}食品药品监督管理局', '{c}质量技术监督局', '{c}安全生产监督管理局', '{c}物价局',
    '{c}政务服务中心', '{c}产品质量监督检验所', '{c}烟草专卖局',
  ],
  social: [
    '{c}人力资源和社会保障局', '{c}民政局', '{c}残疾人联合会', '{c}民族宗教事务局', '{c}社会保险事业管理局',
    '{c}就业服务管理局', '{c}老龄工作委员会办公室', '{c}红十字会', '{c}医疗保险管理局', '{c}社会福利院', '{c}慈善总会',
  ],
  legal: [
    { pattern: '{c}人民检察院', kind: 'procuratorate' }, { pattern: '{c}中级人民法院', kind: 'court' },
    { pattern: '{c}公安局', kind: 'police' }, '{c}司法局', '中共{c}委政法委员会',
    { pattern: '{c}公安消防支队', kind: 'police' }, { pattern: '{c}公安局交通警察支队', kind: 'police' },
  ],
  education: [
    '{c}教育局', { pattern: '{c}第一中学', kind: 'school' }, { pattern: '四川省{s}中学', kind: 'school' },
    { pattern: '{c}第三中学', kind: 'school' }, { pattern: '{s}职业技术学院', kind: 'school' },
    { pattern: '{c}实验小学', kind: 'school' },
  ],
  health: [
    { pattern: '{c}中心医院', kind: 'hospital' }, '{c}卫生和计划生育委员会', { pattern: '{c}中医医院', kind: 'hospital' },
    '{c}疾病预防控制中心', { pattern: '{c}妇幼保健院', kind: 'hospital' }, { pattern: '{c}精神卫生中心', kind: 'hospital' },
  ],
  soe: [
    { pattern: '{c}国有资产投资运营集团有限公司', kind: 'enterprise' },
    { pattern: '{c}城市建设投资有限公司', kind: 'enterprise' },
    { pattern: '{c}交通投资建设集团有限公司', kind: 'enterprise' },
    { pattern: '{c}水务投资有限公司', kind: 'enterprise' },
    { pattern: '{c}文化旅游发展集团有限公司', kind: 'enterprise' },
  ],
};

/** County and district departments, used once the municipal list runs out. */
export const COUNTY_UNITS: Templates = {
  dev: ['{p}发展和改革局', '{p}经济和信息化局', '{p}商务局', '{p}统计局', '{p}投资促进局'],
  party: [
    '中共{p}委组织部', '中共{p}委办公室', '中共{p}委宣传部', '中共{p}委统战部', '中共{p}纪律检查委员会',
    '{p}人民政府办公室', '{p}总工会', '共青团{p}委员会', '{p}妇女联合会',
  ],
  finance: ['{p}财政局', '{p}审计局', '{p}地方税务局', '{p}国有资产管理局'],
  construction: ['{p}住房和城乡建设局', '{p}国土资源局', '{p}环境保护局', '{p}城市管理局'],
  agriculture: ['{p}农业局', '{p}扶贫和移民工作局', '{p}林业局', '{p}水务局', '{p}畜牧食品局'],
  transport: ['{p}交通运输局', '{p}公路管理段', '{p}运输管理所'],
  culture: ['{p}文化广电新闻出版局', '{p}旅游局', '{p}图书馆', '{p}文化馆'],
  market: ['{p}工商行政管理局', '{p}食品药品监督管理局', '{p}质量技术监督局', '{p}安全生产监督管理局'],
  social: ['{p}人力资源和社会保障局', '{p}民政局', '{p}残疾人联合会', '{p}社会保险事业管理局'],
  legal: [
    { pattern: '{p}人民检察院', kind: 'procuratorate' }, { pattern: '{p}人民法院', kind: 'court' },
    { pattern: '{p}公安局', kind: 'police' }, '{p}司法局',
  ],
  education: ['{p}教育局', { pattern: '{p}职业中学', kind: 'school' }, { pattern: '{p}实验小学', kind: 'school' }],
  health: [
    { pattern: '{p}人民医院', kind: 'hospital' }, '{p}卫生和计划生育局', { pattern: '{p}中医医院', kind: 'hospital' },
    '{p}疾病预防控制中心',
  ],
  soe: [{ pattern: '{p}城市建设投资有限公司', kind: 'enterprise' }, { pattern: '{p}国有资产经营有限公司', kind: 'enterprise' }],
};

/** Township offices and stations (乡镇站所). */
export const TOWN_UNITS: Templates = {
  dev: [{ pattern: '{t}经济发展办公室', kind: 'station' }],
  party: [{ pattern: '{t}党政办公室', kind: 'station' }],
  finance: [{ pattern: '{t}财政所', kind: 'station' }],
  construction: [{ pattern: '{t}国土资源所', kind: 'station' }, { pattern: '{t}村镇建设服务中心', kind: 'station' }],
  agriculture: [
    { pattern: '{t}农业服务中心', kind: 'station' }, { pattern: '{t}林业站', kind: 'station' },
    { pattern: '{t}畜牧兽医站', kind: 'station' },
  ],
  transport: [{ pattern: '{t}交通管理站', kind: 'station' }],
  culture: [{ pattern: '{t}综合文化站', kind: 'station' }],
  market: [{ pattern: '{t}食品药品监管所', kind: 'station' }],
  social: [{ pattern: '{t}便民服务中心', kind: 'station' }, { pattern: '{t}社会保障服务中心', kind: 'station' }],
  legal: [{ pattern: '{t}派出所', kind: 'police' }, { pattern: '{t}司法所', kind: 'station' }],
  education: [{ pattern: '{t}中心小学', kind: 'school' }],
  health: [{ pattern: '{t}卫生院', kind: 'hospital' }],
  soe: [{ pattern: '{t}供电营业所', kind: 'enterprise' }],
};

/**
 * Numbered grassroots service points, the last resort that makes names unbounded: {n} is a
 * sequence number, so '{t}第{n}便民服务站' never runs out and never repeats.
 */
export const NUMBERED_UNITS: Templates = {
  dev: [{ pattern: '{t}第{n}项目服务站', kind: 'station' }],
  party: [{ pattern: '{t}第{n}党员服务站', kind: 'station' }],
  finance: [{ pattern: '{t}第{n}财税服务站', kind: 'station' }],
  construction: [{ pattern: '{t}第{n}村镇建设服务站', kind: 'station' }],
  agriculture: [{ pattern: '{t}第{n}农技服务站', kind: 'station' }],
  transport: [{ pattern: '{t}第{n}交通劝导站', kind: 'station' }],
  culture: [{ pattern: '{t}第{n}文化服务站', kind: 'station' }],
  market: [{ pattern: '{t}第{n}市场监管服务站', kind: 'station' }],
  social: [{ pattern: '{t}第{n}便民服务站', kind: 'station' }],
  legal: [{ pattern: '{t}第{n}警务室', kind: 'police' }],
  education: [{ pattern: '{t}第{n}教学点', kind: 'school' }],
  health: [{ pattern: '{t}第{n}村卫生室', kind: 'hospital' }],
  soe: [{ pattern: '{t}第{n}供水服务站', kind: 'enterprise' }],
};

export const HOME_CITY = { full: '巴中市', short: '巴中' } as const;

/** Other prefecture-level divisions of Sichuan; their departments fill the 'province' scale. */
export const OTHER_CITIES: readonly { full: string; short: string }[] = [
  ['成都市', '成都'], ['自贡市', '自贡'], ['攀枝花市', '攀枝花'], ['泸州市', '泸州'], ['德阳市', '德阳'],
  ['绵阳市', '绵阳'], ['广元市', '广元'], ['遂宁市', '遂宁'], ['内江市', '内江'], ['乐山市', '乐山'],
  ['南充市', '南充'], ['眉山市', '眉山'], ['宜宾市', '宜宾'], ['广安市', '广安'], ['达州市', '达州'],
  ['雅安市', '雅安'], ['资阳市', '资阳'], ['阿坝州', '阿坝'], ['甘孜州', '甘孜'], ['凉山州', '凉山'],
].map(([full, short]) => ({ full: full!, short: short! }));

/** Bazhong's districts and counties with some of their towns and sub-districts. */
export const COUNTIES: readonly { name: string; towns: readonly string[] }[] = [
  {
    name: '巴州区',
    towns: ['江北街道', '东城街道', '西城街道', '回风街道', '宕梁街道', '曾口镇', '化成镇', '水宁寺镇', '清江镇',
      '大茅坪镇', '梁永镇', '鼎山镇', '三江镇', '平梁镇', '光辉镇'],
  },
  {
    name: '恩阳区',
    towns: ['登科街道', '文治街道', '恩阳镇', '柳林镇', '下八庙镇', '渔溪镇', '花丛镇', '三河场镇', '茶坝镇', '群乐镇',
      '玉山镇', '兴隆镇', '观音井镇', '上八庙镇'],
  },
  {
    name: '通江县',
    towns: ['诺江镇', '民胜镇', '火炬镇', '广纳镇', '铁佛镇', '麻石镇', '至诚镇', '洪口镇', '沙溪镇', '瓦室镇', '永安镇',
      '铁溪镇', '涪阳镇', '诺水河镇', '陈河镇', '毛浴镇'],
  },
  {
    name: '南江县',
    towns: ['南江镇', '长赤镇', '正直镇', '大河镇', '光雾山镇', '东榆镇', '沙河镇', '下两镇', '赶场镇', '红四镇', '八庙镇',
      '关坝镇', '赤溪镇', '高塔镇', '坪河镇'],
  },
  {
    name: '平昌县',
    towns: ['江口镇', '响滩镇', '西兴镇', '佛楼镇', '白衣镇', '得胜镇', '驷马镇', '岳家镇', '兰草镇', '土垭镇', '笔山镇',
      '灵山镇', '云台镇', '镇龙镇', '元山镇'],
  },
];

export const VILLAGES: readonly string[] = [
  '青杠', '石板', '龙泉', '白鹤', '黄桷', '红旗', '新华', '双河', '太平', '桂花', '金山', '柏林', '梨园', '松林',
  '大坪', '花园', '茶园', '新农', '明月', '观音', '凤凰', '团结', '和平', '马鞍', '天池',
];

export const COMMUNITIES: readonly string[] = [
  '巴州区江北街道滨河社区', '巴州区东城街道南池社区', '巴州区西城街道望王山社区', '巴州区回风街道津桥湖社区',
  '巴州区宕梁街道白云台社区', '恩阳区登科街道古镇社区', '恩阳区文治街道义阳社区', '通江县诺江镇红军路社区',
  '南江县南江镇朝阳社区', '平昌县江口镇金宝社区',
];

/** Ordered roughly by frequency; the generator favours the front of the list. */
export const SURNAMES: readonly string[] = [...
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];

/** Given-name characters typical of people born in the 1960s–1990s. */
export const GIVEN_NAME_CHARS = {
  MALE: {
    first: [...'建国志永德明文晓小俊家子红立海兴宏学天春正世光成金云'],
    last: [...'伟强军勇杰涛明超华建国平斌鹏辉刚林峰磊波宇浩俊志文海东龙兵成亮翔飞鑫凯毅洪江川'],
  },
  FEMALE: {
    first: [...'晓小秀丽春美玉雪红慧静丹海佳思雨艳婷金桂'],
    last: [...'芳娟敏静丽艳娜霞燕玲婷琴慧红梅兰萍雪倩莉秀英琳洁颖玉凤佳蓉莹晶琼'],
  },
} as const;

/** Mobile prefixes of the three carriers as allocated in 2016. */
export const MOBILE_PREFIXES: readonly string[] = [
  134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 184, 187, 188,
  130, 131, 132, 145, 155, 156, 176, 185, 186,
  133, 153, 173, 177, 180, 181, 189,
].map(String);

/** Every unit's first team; real units always have a general office. */
export const HEAD_TEAM: Record<UnitKind, string> = {
  agency: '办公室', court: '办公室', procuratorate: '办公室', police: '警务保障室',
  school: '校长办公室', hospital: '院办公室', enterprise: '综合管理部', station: '综合办公室',
};

const AGENCY_COMMON = ['综合科', '政策法规科', '人事科', '计划财务科', '督查室', '信息中心', '机关第一党支部', '机关第二党支部', '离退休干部党支部'];

/** Internal teams by the unit's system; used for ordinary agencies. */
export const AGENCY_TEAMS: Record<IndustryKey, readonly string[]> = {
  dev: [...AGENCY_COMMON, '综合规划科', '固定资产投资科', '经济贸易科', '农村经济科', '社会发展科', '重点项目办公室', '价格管理科'],
  party: [...AGENCY_COMMON, '组织科', '宣传科', '干部科', '秘书科', '调研科', '机关党建科'],
  finance: [...AGENCY_COMMON, '预算科', '国库科', '经济建设科', '农业科', '社会保障科', '会计科', '金融科', '行政政法科'],
  construction: [...AGENCY_COMMON, '城市建设科', '住房保障科', '建筑市场科', '村镇建设科', '质量安全科', '规划科'],
  agriculture: [...AGENCY_COMMON, '种植业科', '农产品质量安全科', '农业技术推广站', '林政科', '水利工程科', '扶贫开发科'],
  transport: [...AGENCY_COMMON, '运输管理科', '建设管理科', '公路养护科', '安全监督科', '路政科'],
  culture: [...AGENCY_COMMON, '文化艺术科', '广播电视科', '旅游市场科', '文物科', '群众体育科', '产业发展科'],
  market: [...AGENCY_COMMON, '市场规范科', '消费者权益保护科', '食品安全科', '特种设备科', '执法稽查科', '标准化科'],
  social: [...AGENCY_COMMON, '就业促进科', '社会保险科', '劳动关系科', '社会救助科', '基层政权科', '优抚安置科'],
  legal: [...AGENCY_COMMON, '政治部', '法制科', '纪检监察室', '法律援助中心', '社区矫正科', '综治科'],
  education: [...AGENCY_COMMON, '基础教育科', '职业教育科', '教育督导室', '学生资助中心', '教研室', '招生考试办公室'],
  health: [...AGENCY_COMMON, '医政科', '疾病预防控制科', '妇幼健康服务科', '计划生育基层指导科', '基层卫生科', '卫生应急办公室'],
  soe: [...AGENCY_COMMON, '资产管理科', '投资管理科'],
};

/** Internal teams of units whose work is not ordinary administration. */
export const KIND_TEAMS: Record<Exclude<UnitKind, 'agency'>, readonly string[]> = {
  court: ['立案庭', '刑事审判庭', '民事审判第一庭', '民事审判第二庭', '行政审判庭', '执行局', '审判监督庭', '政治部',
    '司法警察支队', '机关第一党支部', '机关第二党支部', '离退休干部党支部'],
  procuratorate: ['公诉科', '侦查监督科', '反贪污贿赂局', '民事行政检察科', '控告申诉检察科', '刑事执行检察科', '政治部',
    '案件管理中心', '机关第一党支部', '机关第二党支部', '离退休干部党支部'],
  police: ['指挥中心', '治安管理大队', '刑事侦查大队', '交通管理大队', '出入境管理科', '法制科', '政治处', '经济犯罪侦查大队',
    '网络安全保卫大队', '机关第一党支部', '机关第二党支部', '离退休民警党支部'],
  school: ['教务处', '政教处', '总务处', '团委', '语文教研组', '数学教研组', '英语教研组', '理化生教研组', '高一年级组',
    '高二年级组', '高三年级组', '教师第一党支部', '教师第二党支部', '退休教师党支部'],
  hospital: ['医务科', '护理部', '内科', '外科', '儿科', '妇产科', '急诊科', '检验科', '药剂科', '医院感染管理科',
    '内科党支部', '外科党支部', '行政后勤党支部'],
  enterprise: ['财务部', '投资发展部', '工程管理部', '风险控制部', '党群工作部', '人力资源部', '资产运营部', '融资部',
    '第一党支部', '第二党支部', '离退休职工党支部'],
  station: ['业务一组', '业务二组', '服务窗口', '政策宣传组', '信息组', '档案组', '后勤保障组', '应急值守组', '党员先锋岗',
    '党支部', '离退休党员党小组'],
};

/** Positions with relative weights; most members hold ordinary posts, few lead. */
export const POSITIONS: Record<UnitKind, readonly (readonly [string, number])[]> = {
  agency: [['科员', 34], ['办事员', 6], ['副主任科员', 14], ['主任科员', 10], ['副科长', 12], ['科长', 10],
    ['副主任', 6], ['主任', 3], ['调研员', 2], ['工勤人员', 3]],
  court: [['法官', 30], ['法官助理', 20], ['书记员', 20], ['科员', 15], ['副庭长', 10], ['庭长', 5]],
  procuratorate: [['检察官', 35], ['检察官助理', 20], ['书记员', 15], ['科员', 15], ['科长', 10], ['副检察长', 5]],
  police: [['民警', 55], ['科员', 15], ['副大队长', 10], ['副科长', 8], ['大队长', 6], ['科长', 6]],
  school: [['教师', 60], ['班主任', 15], ['科员', 10], ['教研组长', 8], ['年级主任', 4], ['副校长', 3]],
  hospital: [['医师', 25], ['主治医师', 20], ['护士', 25], ['护师', 10], ['科员', 9], ['科主任', 6], ['护士长', 5]],
  enterprise: [['职员', 45], ['部门副经理', 15], ['部门经理', 12], ['项目经理', 10], ['会计', 10], ['副总经理', 4]],
  station: [['工作人员', 55], ['科员', 20], ['副站长', 15], ['站长', 10]],
};

export type ActivityType =
  | 'POST_COMPETITION' | 'SKILL_CONTEST' | 'VOLUNTEER_SERVICE' | 'GRASSROOTS_VISIT' | 'POVERTY_PAIRING' | 'PUBLIC_COMMITMENT';

export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'VOLUNTEER_SERVICE', 'GRASSROOTS_VISIT', 'POVERTY_PAIRING', 'POST_COMPETITION', 'SKILL_CONTEST', 'PUBLIC_COMMITMENT',
];
/** 2016's campaign leaned on community service and poverty alleviation (脱贫攻坚). */
export const ACTIVITY_WEIGHTS: readonly number[] = [25, 20, 20, 15, 10, 10];

export const ACTIVITY_TITLES: Record<Exclude<ActivityType, 'PUBLIC_COMMITMENT'>, readonly string[]> = {
  POST_COMPETITION: ['岗位练兵竞赛', '“岗位建功”练兵竞赛', '“比学赶超”岗位竞赛', '业务岗位大练兵', '“党员先锋岗”创建竞赛'],
  SKILL_CONTEST: ['业务技能比武', '岗位技能大比武', '政策法规知识竞赛', '办文办会技能比武', '信息化应用技能比赛'],
  VOLUNTEER_SERVICE: ['“双报到”社区志愿服务', '文明城市创建志愿服务', '“学雷锋”志愿服务', '交通文明劝导志愿服务',
    '关爱留守儿童志愿服务', '环境卫生整治志愿服务'],
  GRASSROOTS_VISIT: ['“走基层”入户走访', '“三进三同”驻村走访', '民情恳谈走访', '困难群众慰问走访', '政策宣讲进村入户'],
  POVERTY_PAIRING: ['精准扶贫结对帮扶', '贫困户“一对一”帮扶', '产业扶贫项目指导', '“五个一”驻村帮扶', '贫困户增收帮扶'],
};

export const COMMITMENTS: readonly string[] = [
  '办事不拖延，服务零距离', '廉洁自律，不收红包礼金', '首问负责，限时办结', '带头学习，争当业务骨干',
  '一次性告知，群众少跑路', '带头帮扶一户贫困户', '文明服务，杜绝门难进脸难看', '带头遵守八项规定',
];

export const DESCRIPTION_PARTS = {
  practice: ['公文写作', '政策业务', '窗口服务', '项目审批', '执法办案', '数据统计', '群众工作'],
  practiceOutcome: ['获评“党员先锋岗”', '被评为岗位能手', '考核成绩优秀', '获单位通报表扬', '圆满完成练兵任务'],
  contestScope: ['市直机关', '系统内', '单位内部'],
  contest: ['业务知识测试', '实操技能比武', '案卷评查', '主题演讲比赛'],
  contestOutcome: ['获得一等奖', '获得二等奖', '获得三等奖', '获优秀奖', '成绩合格'],
  service: ['环境卫生清扫', '文明交通劝导', '政策法规咨询', '关爱空巢老人', '留守儿童课业辅导', '便民代办'],
  pairing: ['宣讲扶贫政策', '落实产业帮扶措施', '协调解决实际困难', '帮助制定脱贫计划', '送去慰问物资'],
  commitmentPlace: ['单位公示栏', '服务窗口', '党员承诺墙', '门户网站'],
} as const;
