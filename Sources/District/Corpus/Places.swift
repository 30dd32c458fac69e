/// Place names: the district itself (Beijing, Chaoyang, area code 110105), its streets and
/// residential compounds, and the places migrants' household registrations come from.
enum Places {
    /// The district's administrative area code (GB/T 2260).
    static let districtCode = 110105
    /// The district's name, as it begins every local address.
    static let districtName: [UInt8] = Array("北京市朝阳区".utf8)

    /// Area codes of registrations outside the district, with the place name for addresses.
    static let origins: [(code: Int, name: String)] = [
        (110101, "北京市东城区"), (110108, "北京市海淀区"), (110106, "北京市丰台区"),
        (120101, "天津市和平区"), (130102, "河北省石家庄市长安区"), (130104, "河北省石家庄市桥西区"),
        (130602, "河北省保定市竞秀区"), (140105, "山西省太原市小店区"), (210102, "辽宁省沈阳市和平区"),
        (230103, "黑龙江省哈尔滨市南岗区"), (320106, "江苏省南京市鼓楼区"), (340104, "安徽省合肥市蜀山区"),
        (370102, "山东省济南市历下区"), (410105, "河南省郑州市金水区"), (420106, "湖北省武汉市武昌区"),
        (430103, "湖南省长沙市天心区"), (510107, "四川省成都市武侯区"), (610113, "陕西省西安市雁塔区"),
    ]
    static let originNames: [[UInt8]] = origins.map { Array($0.name.utf8) }

    /// Streets of the district.
    static let streets: [[UInt8]] = [
        "朝阳路", "建国路", "东三环中路", "光华路", "望京街", "酒仙桥路", "朝阳北路", "姚家园路",
        "安立路", "北苑路", "广渠路", "劲松路", "潘家园路", "十里堡路", "青年路", "八里庄路",
        "农展馆南路", "团结湖路", "三里屯路", "工体北路", "亮马桥路", "霄云路", "将台路", "芍药居街",
        "惠新东街", "和平街", "左家庄路", "麦子店街", "东坝中路", "双桥路", "高碑店路", "小营路",
    ].map { Array($0.utf8) }

    /// Streets found in every city, for registrations elsewhere.
    static let commonStreets: [[UInt8]] = [
        "人民路", "解放路", "中山路", "建设路", "胜利街", "和平路", "新华路", "光明街",
        "文化路", "长江路", "黄河路", "东风路", "红旗街", "朝阳街", "北京路", "青年路",
    ].map { Array($0.utf8) }

    /// Residential compounds: Chinese name and the romanisation used in English labels.
    static let compounds: [(zh: String, en: String)] = [
        ("阳光小区", "Yangguang Residential Area"), ("和平里", "Hepingli"), ("金台里", "Jintaili"),
        ("华威西里", "Huawei Xili"), ("劲松一区", "Jinsong District 1"), ("团结湖北里", "Tuanjiehu Beili"),
        ("望京花园", "Wangjing Garden"), ("远洋天地", "Yuanyang Tiandi"), ("首开常青藤", "Shoukai Changqingteng"),
        ("芳园里", "Fangyuanli"), ("南湖东园", "Nanhu Dongyuan"), ("花家地西里", "Huajiadi Xili"),
        ("安贞西里", "Anzhen Xili"), ("六里屯北里", "Liulitun Beili"), ("甜水园", "Tianshuiyuan"),
        ("双井小区", "Shuangjing Residential Area"), ("富力城", "Fulicheng"), ("珠江帝景", "Zhujiang Dijing"),
        ("石佛营东里", "Shifoying Dongli"), ("延静里", "Yanjingli"), ("水碓子", "Shuiduizi"),
        ("八里庄北里", "Balizhuang Beili"), ("北苑家园", "Beiyuan Jiayuan"), ("东湖湾", "Donghuwan"),
    ]
    static let compoundZH: [[UInt8]] = compounds.map { Array($0.zh.utf8) }
    static let compoundEN: [[UInt8]] = compounds.map { Array($0.en.utf8) }

    /// Province abbreviations of vehicle plates; the first is the district's own (京).
    static let plateProvinces: [[UInt8]] = ["京", "冀", "津", "晋", "鲁", "豫", "辽", "黑"].map { Array($0.utf8) }
    /// Licensing-office letters of Beijing plates.
    static let beijingPlateLetters: [UInt8] = Array("ABCEFGHJKLMNPQ".utf8)
    /// Letters allowed in plate serials (no I or O).
    static let plateSerialLetters: [UInt8] = Array("ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

    /// Mobile number prefixes in use (China Mobile, Unicom, Telecom, Broadnet).
    static let mobilePrefixes: [Int] = [
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152, 153, 155, 156,
        157, 158, 159, 166, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188,
        189, 191, 192, 195, 198, 199,
    ]

    /// Unit labels.
    static let building: [UInt8] = Array("栋".utf8)
    static let entrance: [UInt8] = Array("单元".utf8)
    static let room: [UInt8] = Array("室".utf8)
    static let number: [UInt8] = Array("号".utf8)
}
