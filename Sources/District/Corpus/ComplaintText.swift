/// Sentences from which the grid's complaint descriptions (100-400 characters) are assembled.
enum ComplaintText {
    /// A request category with its own problem statements.
    struct Category {
        let name: [UInt8]
        let problems: [Sentence]
    }

    /// One sentence, with its length in characters (not bytes).
    struct Sentence {
        let bytes: [UInt8]
        let characters: Int
        init(_ s: String) { bytes = Array(s.utf8); characters = s.count }
    }

    static let categories: [Category] = [
        ("噪音扰民", [
            "楼上住户每天深夜十一点以后仍在装修敲打，声音很大，严重影响休息。",
            "小区门口的烧烤店营业到凌晨两点，顾客喧哗吵闹，周边居民无法入睡。",
            "附近工地夜间违规施工，打桩机和渣土车的噪音持续到后半夜。",
            "广场舞音响音量过大，从早上六点开始播放，老人和孩子都受到影响。",
        ]),
        ("违章停车", [
            "小区消防通道长期被私家车占用，一旦发生火灾消防车根本进不来。",
            "单元门口有车辆常年停放，已经落满灰尘，疑似僵尸车，占用公共车位。",
            "路边人行道上停满了车辆，行人只能走到机动车道上，存在安全隐患。",
        ]),
        ("环境卫生", [
            "垃圾分类投放点的垃圾桶已经满溢多日，无人清运，气味难闻，招来很多蚊蝇。",
            "楼道里堆放了大量杂物和废旧纸箱，既影响通行又存在火灾隐患。",
            "小区绿化带里有人私自种菜并施用粪肥，天气一热臭味很重。",
        ]),
        ("设施维修", [
            "三单元的电梯这个月已经坏了三次，上周还发生了困人事件，老人上下楼非常困难。",
            "小区内多盏路灯损坏，晚上一片漆黑，居民夜间出行很不安全。",
            "地下室水管破裂漏水，积水已经没过脚踝，物业一直没有派人维修。",
            "楼顶防水层老化，连续下雨后顶层住户家中墙面渗水发霉。",
        ]),
        ("物业服务", [
            "物业公司收费后服务质量明显下降，保安经常不在岗，外来人员随意进出。",
            "物业擅自提高停车管理费，没有召开业主大会，也没有公示收费依据。",
            "报修多次无人上门，物业前台电话经常无人接听。",
        ]),
        ("违法建设", [
            "一楼住户私自扩建院落并搭建彩钢板房，占用了公共绿地。",
            "顶楼住户在楼顶私搭乱建阳光房，增加楼体负荷，其他住户担心安全。",
        ]),
        ("宠物管理", [
            "有居民遛狗不牵绳，大型犬在小区里乱跑，已经吓到好几个孩子。",
            "楼下住户在家中饲养多只狗，整天吠叫，楼道里的气味也很大。",
        ]),
        ("供暖供水", [
            "入冬以来家中暖气一直不热，室内温度只有十四度左右，家里有老人和婴儿。",
            "最近经常无故停水，且没有提前通知，自来水有时还发黄浑浊。",
        ]),
    ].map { Category(name: Array($0.0.utf8), problems: $0.1.map(Sentence.init)) }

    /// Openings that place the complaint.
    static let openings: [Sentence] = [
        "本人是该小区居民，现反映以下问题。",
        "您好，我想反映一下我们小区的情况。",
        "多名居民联名反映，",
        "网格员您好，",
        "市民来电反映，",
    ].map(Sentence.init)

    /// Details that make a complaint longer, usable with any category.
    static let details: [Sentence] = [
        "这个问题已经持续了将近两个月，",
        "之前已经向物业和社区居委会反映过多次，",
        "但一直没有得到解决，也没有任何答复。",
        "周边很多邻居都有同样的意见，",
        "大家已经在业主群里讨论了很久。",
        "家里有八十多岁的老人需要静养，",
        "孩子今年要参加中考，每天晚上都要复习到很晚，",
        "我们也曾尝试与相关住户当面沟通，",
        "对方态度很差，表示不会改正。",
        "上个月还因为这件事发生过争吵，差点动手。",
        "我们拍了照片和视频作为证据，可以提供给相关部门。",
        "希望有关部门能够重视这个问题，",
        "不要再互相推诿。",
        "如果再不处理，我们准备向区政府反映。",
        "据了解，附近其他小区也存在类似情况，",
        "建议加强日常巡查和管理。",
        "此前拨打过市民服务热线，工单显示已办结，",
        "但实际情况并没有任何改变。",
        "恳请街道和社区尽快协调解决，",
        "给居民一个安静整洁安全的生活环境。",
    ].map(Sentence.init)

    /// Closing requests.
    static let closings: [Sentence] = [
        "请尽快派人现场查看处理。",
        "希望尽快给予答复，谢谢！",
        "请相关部门依法处理并反馈结果。",
        "盼复。",
    ].map(Sentence.init)

    /// Request states in the grid's workflow.
    static let statuses: [[UInt8]] = ["已受理", "处理中", "已办结", "已回访"].map { Array($0.utf8) }
}

extension ComplaintText {
    /// Writes a complaint of about `length` characters (at least 100, at most 400): an opening,
    /// a problem of the category, some of the details (in their written order, which reads
    /// naturally), and a closing request.
    static func append(category: Category, length: Int, _ rng: inout Xoshiro256, to out: FileOutput) {
        let opening = rng.pick(openings)
        let problem = rng.pick(category.problems)
        let closing = rng.pick(closings)
        out.append(opening.bytes)
        out.append(problem.bytes)
        var written = opening.characters + problem.characters + closing.characters
        let target = max(100, min(400, length))
        var remaining = detailCharacters
        for detail in details {
            // Keep a detail with the probability that spreads what is still missing over what is left.
            let wanted = Double(target - written) / Double(remaining)
            remaining -= detail.characters
            if written + detail.characters <= 400 && (written < 100 || rng.chance(wanted)) {
                out.append(detail.bytes)
                written += detail.characters
            }
        }
        out.append(closing.bytes)
    }

    /// Characters of all details together.
    static let detailCharacters = details.reduce(0) { $0 + $1.characters }
}
