//! The sample data in `data/`, built into the binary so that `jianbao demo`
//! works from any directory.

pub const UNITS: &str = include_str!("../../data/units.toml");
pub const BULLETIN: (&str, &str) = (
    "bulletin-56.txt",
    include_str!("../../data/bulletin-56.txt"),
);

/// The sample submissions: file name and text.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "01-矿山街道-垃圾分类.txt",
        include_str!("../../data/samples/01-矿山街道-垃圾分类.txt"),
    ),
    (
        "02-区教育局-校园安全.txt",
        include_str!("../../data/samples/02-区教育局-校园安全.txt"),
    ),
    (
        "03-峡窝镇-乡村振兴.txt",
        include_str!("../../data/samples/03-峡窝镇-乡村振兴.txt"),
    ),
    (
        "04-区应急管理局-安全生产.txt",
        include_str!("../../data/samples/04-区应急管理局-安全生产.txt"),
    ),
    (
        "05-区卫健委-病媒防制.txt",
        include_str!("../../data/samples/05-区卫健委-病媒防制.txt"),
    ),
    (
        "06-济源路街道-网格治理.txt",
        include_str!("../../data/samples/06-济源路街道-网格治理.txt"),
    ),
    (
        "07-区法院-法官进社区.txt",
        include_str!("../../data/samples/07-区法院-法官进社区.txt"),
    ),
    (
        "08-工业路街道-老旧小区改造.txt",
        include_str!("../../data/samples/08-工业路街道-老旧小区改造.txt"),
    ),
    (
        "09-区人社局-就业服务.txt",
        include_str!("../../data/samples/09-区人社局-就业服务.txt"),
    ),
    (
        "10-中心路街道-矛盾纠纷化解.txt",
        include_str!("../../data/samples/10-中心路街道-矛盾纠纷化解.txt"),
    ),
    (
        "11-区民政局-养老服务.txt",
        include_str!("../../data/samples/11-区民政局-养老服务.txt"),
    ),
    (
        "12-区委宣传部-文明城市.txt",
        include_str!("../../data/samples/12-区委宣传部-文明城市.txt"),
    ),
    (
        "13-区商务局-招商引资.txt",
        include_str!("../../data/samples/13-区商务局-招商引资.txt"),
    ),
    (
        "14-新安路街道-防汛.txt",
        include_str!("../../data/samples/14-新安路街道-防汛.txt"),
    ),
    (
        "15-区城管局-市容整治.txt",
        include_str!("../../data/samples/15-区城管局-市容整治.txt"),
    ),
    (
        "16-区政务服务中心-12345热线.txt",
        include_str!("../../data/samples/16-区政务服务中心-12345热线.txt"),
    ),
    (
        "17-区市场监管局-食品安全.txt",
        include_str!("../../data/samples/17-区市场监管局-食品安全.txt"),
    ),
    (
        "18-区委组织部-基层党建.txt",
        include_str!("../../data/samples/18-区委组织部-基层党建.txt"),
    ),
    (
        "19-区司法局-法律明白人培训.txt",
        include_str!("../../data/samples/19-区司法局-法律明白人培训.txt"),
    ),
    (
        "20-区生态环境分局-大气治理-初稿.txt",
        include_str!("../../data/samples/20-区生态环境分局-大气治理-初稿.txt"),
    ),
    (
        "21-区生态环境分局-大气治理-修改稿.txt",
        include_str!("../../data/samples/21-区生态环境分局-大气治理-修改稿.txt"),
    ),
    (
        "22-区科工信局-产学研对接.txt",
        include_str!("../../data/samples/22-区科工信局-产学研对接.txt"),
    ),
    (
        "23-区文明办-清凉一夏.txt",
        include_str!("../../data/samples/23-区文明办-清凉一夏.txt"),
    ),
    (
        "24-区公安分局-反诈宣传.txt",
        include_str!("../../data/samples/24-区公安分局-反诈宣传.txt"),
    ),
    (
        "25-区总工会-职工技能竞赛.txt",
        include_str!("../../data/samples/25-区总工会-职工技能竞赛.txt"),
    ),
    (
        "26-区退役军人事务局-八一慰问.txt",
        include_str!("../../data/samples/26-区退役军人事务局-八一慰问.txt"),
    ),
];

/// Word lists for synthetic items.
pub mod vocab {
    pub const TOPICS: &str = include_str!("../../data/vocab/topics.txt");
    pub const VERBS: &str = include_str!("../../data/vocab/verbs.txt");
    pub const MEASURES: &str = include_str!("../../data/vocab/measures.txt");
    pub const SENTENCES: &str = include_str!("../../data/vocab/sentences.txt");
    pub const RESULTS: &str = include_str!("../../data/vocab/results.txt");
    pub const BRIEFS: &str = include_str!("../../data/vocab/briefs.txt");
}
