/// The small fixed vocabularies of the departments: company names, industries, vehicle models,
/// licence classes, clinics, diagnoses and welfare services.
enum Catalogs {
    /// Trade names (字号) with their romanisation.
    static let tradeNames: [(zh: String, en: String)] = [
        ("华信", "Huaxin"), ("泰和", "Taihe"), ("恒通", "Hengtong"), ("东方", "Dongfang"), ("瑞丰", "Ruifeng"),
        ("鼎盛", "Dingsheng"), ("京顺", "Jingshun"), ("中联", "Zhonglian"), ("永安", "Yong'an"), ("金桥", "Jinqiao"),
        ("博远", "Boyuan"), ("宏达", "Hongda"), ("天成", "Tiancheng"), ("新锐", "Xinrui"), ("嘉禾", "Jiahe"),
        ("安泰", "Antai"), ("启明", "Qiming"), ("立诚", "Licheng"), ("汇丰源", "Huifengyuan"), ("朝阳红", "Chaoyanghong"),
    ]
    static let tradeNamesZH: [[UInt8]] = tradeNames.map { Array($0.zh.utf8) }
    static let tradeNamesEN: [[UInt8]] = tradeNames.map { Array($0.en.utf8) }

    /// Industries, as they appear in Chinese and English company names.
    static let industries: [(zh: String, en: String)] = [
        ("科技", "Technology"), ("商贸", "Trading"), ("餐饮管理", "Catering Management"),
        ("物业管理", "Property Management"), ("建筑工程", "Construction Engineering"),
        ("文化传媒", "Culture and Media"), ("信息技术", "Information Technology"), ("医药", "Pharmaceutical"),
        ("物流", "Logistics"), ("教育咨询", "Education Consulting"), ("家政服务", "Housekeeping Services"),
        ("汽车服务", "Automotive Services"),
    ]
    static let industriesZH: [[UInt8]] = industries.map { Array($0.zh.utf8) }
    static let industriesEN: [[UInt8]] = industries.map { Array($0.en.utf8) }

    /// Vehicle models; the flag marks new-energy models, which get green plates.
    static let vehicleModels: [(name: String, newEnergy: Bool)] = [
        ("大众 朗逸", false), ("丰田 卡罗拉", false), ("本田 雅阁", false), ("日产 轩逸", false),
        ("别克 英朗", false), ("吉利 帝豪", false), ("长安 CS75", false), ("哈弗 H6", false),
        ("宝马 3系", false), ("奥迪 A4L", false), ("比亚迪 秦PLUS", true), ("比亚迪 汉", true),
        ("特斯拉 Model 3", true), ("理想 L7", true), ("蔚来 ES6", true), ("五菱 宏光MINIEV", true),
    ]
    static let vehicleModelNames: [[UInt8]] = vehicleModels.map { Array($0.name.utf8) }

    /// Driving licence classes with their share.
    static let licenceClasses: [[UInt8]] = ["C1", "C1", "C1", "C1", "C1", "C2", "C2", "B1", "B2", "A2"].map { Array($0.utf8) }

    /// Community clinics and hospitals: code, Chinese name.
    static let clinics: [(code: String, name: String)] = [
        ("CY001", "朝阳区劲松社区卫生服务中心"), ("CY002", "朝阳区望京社区卫生服务中心"),
        ("CY003", "朝阳区团结湖社区卫生服务中心"), ("CY004", "朝阳区八里庄社区卫生服务中心"),
        ("CY005", "朝阳区双井社区卫生服务中心"), ("CY006", "朝阳区潘家园社区卫生服务中心"),
        ("CY007", "朝阳区亚运村社区卫生服务中心"), ("CY008", "朝阳区小关社区卫生服务中心"),
        ("CYH01", "北京市朝阳区中医医院"), ("CYH02", "北京市朝阳区妇幼保健院"),
    ]
    static let clinicCodes: [[UInt8]] = clinics.map { Array($0.code.utf8) }

    /// Chronic conditions kept on patient records.
    static let chronicConditions: [[UInt8]] = ["高血压", "2型糖尿病", "冠心病", "慢性阻塞性肺疾病", "高脂血症", "脑卒中后遗症", "慢性肾病", "骨质疏松"].map { Array($0.utf8) }

    /// Visit diagnoses.
    static let diagnoses: [[UInt8]] = ["上呼吸道感染", "高血压复诊", "糖尿病随访", "急性胃肠炎", "腰椎间盘突出", "过敏性皮炎", "健康体检", "疫苗接种", "失眠", "牙周炎"].map { Array($0.utf8) }

    /// Welfare services of civil affairs: code, Chinese and English names, monthly amount range (yuan).
    static let services: [(code: String, zh: String, en: String, amount: ClosedRange<Int>)] = [
        ("DB", "最低生活保障", "Minimum Living Allowance", 800...1_395),
        ("GL", "高龄津贴", "Old-age Allowance", 100...800),
        ("JJ", "居家养老服务补贴", "Home-based Elderly Care Subsidy", 200...1_200),
        ("CJ", "残疾人两项补贴", "Disability Living and Care Subsidies", 100...400),
        ("LS", "临时救助", "Temporary Assistance", 500...3_000),
        ("TK", "特困人员供养", "Support for Persons in Extreme Poverty", 1_400...2_600),
    ]
}
