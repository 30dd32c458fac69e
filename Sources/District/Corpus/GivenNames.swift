/// Characters used in given names, each with homophones a clerk might type instead
/// (张伟 entered as 张玮): the source of the deliberate name typos.
enum GivenNames {
    /// Characters common in men's names, with their homophones.
    static let male: [(String, String)] = [
        ("伟", "玮炜"), ("强", "蔷"), ("磊", "垒蕾"), ("军", "君钧"), ("勇", "永涌"), ("杰", "捷洁"),
        ("涛", "韬滔"), ("斌", "彬滨"), ("超", "潮"), ("明", "铭鸣"), ("刚", "钢罡"), ("平", "萍坪"),
        ("辉", "晖徽"), ("鹏", "朋"), ("华", "桦骅"), ("飞", "菲"), ("鑫", "欣新"), ("波", "博"),
        ("宇", "羽雨"), ("浩", "皓昊"), ("凯", "锴恺"), ("健", "建剑"), ("俊", "骏峻"), ("帆", "凡"),
        ("旭", "煦"), ("宁", "凝"), ("龙", "隆"), ("林", "霖琳"), ("阳", "洋扬"), ("峰", "锋丰"),
        ("文", "雯"), ("博", "波"), ("志", "智"), ("东", "冬"), ("晨", "辰琛"), ("亮", "靓"),
        ("成", "诚承"), ("国", "帼"), ("子", "梓紫"), ("轩", "宣萱"), ("睿", "瑞锐"), ("泽", "择"),
        ("毅", "义艺"), ("建", "健剑"), ("海", "亥"), ("嘉", "佳家"), ("思", "斯"), ("一", "依"),
    ]
    /// Characters common in women's names, with their homophones.
    static let female: [(String, String)] = [
        ("芳", "方舫"), ("娜", "纳"), ("敏", "闽"), ("静", "婧靖"), ("丽", "莉俪"), ("艳", "燕雁"),
        ("娟", "鹃"), ("霞", "遐"), ("秀", "绣"), ("燕", "艳雁"), ("玲", "琳铃"), ("丹", "旦"),
        ("萍", "平苹"), ("红", "虹鸿"), ("玉", "钰"), ("兰", "岚澜"), ("婷", "亭庭"), ("慧", "惠蕙"),
        ("琳", "林霖"), ("晶", "菁"), ("颖", "莹影"), ("倩", "茜"), ("洁", "杰婕"), ("佳", "嘉家"),
        ("欣", "馨心"), ("怡", "仪宜"), ("梅", "玫媚"), ("璐", "露路"), ("琴", "勤芹"), ("云", "芸韵"),
        ("月", "悦"), ("悦", "月跃"), ("瑶", "遥谣"), ("蕾", "磊"), ("淑", "姝"), ("萱", "轩宣"),
        ("涵", "晗寒"), ("诗", "施"), ("雨", "宇语"), ("梦", "孟"), ("妍", "研"), ("思", "丝"),
    ]

    /// Every glyph: first the male list, then the female list, then all homophones.
    static let glyphs: [[UInt8]] = table.glyphs
    /// For each name glyph, the indices of its homophones in ``glyphs``.
    static let homophones: [[UInt16]] = table.homophones

    private static let table: (glyphs: [[UInt8]], homophones: [[UInt16]]) = {
        var glyphs: [[UInt8]] = []
        var homophones: [[UInt16]] = []
        var pending: [String] = []
        for (c, alternatives) in male + female {
            glyphs.append(Array(c.utf8))
            pending.append(alternatives)
        }
        for alternatives in pending {
            var indices: [UInt16] = []
            for ch in alternatives {
                indices.append(UInt16(glyphs.count))
                glyphs.append(Array(String(ch).utf8))
            }
            homophones.append(indices)
        }
        return (glyphs, homophones)
    }()

    /// Index range of the male characters in ``glyphs``.
    static var maleRange: Range<Int> { 0..<male.count }
    /// Index range of the female characters in ``glyphs``.
    static var femaleRange: Range<Int> { male.count..<(male.count + female.count) }
}
