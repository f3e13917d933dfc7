package io.yusuan.budget.table;

import io.yusuan.budget.load.ProjectCategory;
import io.yusuan.budget.load.RevenueSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The template's names of rows that are not classification codes, and its fixed lists of rows; each spelled once. */
final class TableRows {

    /** The row of lines that carry no code of the dimension (a project line without economic code). */
    static final String NONE = "none";

    /** Declared before the lists numbered with them. */

    /** A revenue source's name as a row (01's data rows) and as a column header (02). */
    private record SourceNames(String row, String column) {
    }

    private static final Map<RevenueSource, SourceNames> SOURCES = new EnumMap<>(Map.ofEntries(
            Map.entry(RevenueSource.FISCAL_GENERAL_PUBLIC, new SourceNames("一般公共预算拨款收入", "一般公共预算拨款")),
            Map.entry(RevenueSource.FISCAL_GOVERNMENT_FUND, new SourceNames("政府性基金预算拨款收入", "政府性基金预算拨款")),
            Map.entry(RevenueSource.FISCAL_STATE_CAPITAL, new SourceNames("国有资本经营预算拨款收入", "国有资本经营预算拨款")),
            Map.entry(RevenueSource.SPECIAL_ACCOUNT, new SourceNames("财政专户管理资金收入", "财政专户管理资金")),
            Map.entry(RevenueSource.OPERATING, new SourceNames("事业收入", "事业收入")),
            Map.entry(RevenueSource.BUSINESS, new SourceNames("事业单位经营收入", "事业单位经营收入")),
            Map.entry(RevenueSource.HIGHER_LEVEL_SUBSIDY, new SourceNames("上级补助收入", "上级补助收入")),
            Map.entry(RevenueSource.SUBORDINATE_REMITTANCE, new SourceNames("附属单位上缴收入", "附属单位上缴收入")),
            Map.entry(RevenueSource.OTHER, new SourceNames("其他收入", "其他收入")),
            Map.entry(RevenueSource.INSTITUTION_FUND, new SourceNames("用事业基金弥补收支差额", "用事业基金弥补收支差额")),
            Map.entry(RevenueSource.CARRYOVER, new SourceNames("上年结转结余", "上年结转结余"))));

    static final Map<String, String> PROJECT_CATEGORIES = Map.of(
            ProjectCategory.OTHER_OPERATING.name(), "其他运转类", ProjectCategory.SPECIFIC_PURPOSE.name(), "特定目标类");

    /** A template row: the code whose figures it prints (null for a row the template keeps blank), and its label. */
    record Labelled(String code, String label) {
    }

    /**
     * 01's 收入: the sources in the template's order, each with its printed label; 其中：财政拨款 repeats 一般公共预算. The
     * carry-over is printed below the 本年收入合计, and 用事业基金弥补收支差额, which the template leaves out, only when
     * the budget has it.
     */
    static final List<Labelled> REVENUE_01 = List.of(
            new Labelled(RevenueSource.FISCAL_GENERAL_PUBLIC.name(), "一、一般公共预算"),
            new Labelled(RevenueSource.FISCAL_GENERAL_PUBLIC.name(), "其中：财政拨款"),
            new Labelled(RevenueSource.FISCAL_GOVERNMENT_FUND.name(), "二、政府性基金预算拨款收入"),
            new Labelled(RevenueSource.FISCAL_STATE_CAPITAL.name(), "三、国有资本经营预算拨款收入"),
            new Labelled(RevenueSource.SPECIAL_ACCOUNT.name(), "四、财政专户管理资金收入"),
            new Labelled(RevenueSource.OPERATING.name(), "五、事业收入"),
            new Labelled(RevenueSource.BUSINESS.name(), "六、事业单位经营收入"),
            new Labelled(RevenueSource.HIGHER_LEVEL_SUBSIDY.name(), "七、上级补助收入"),
            new Labelled(RevenueSource.SUBORDINATE_REMITTANCE.name(), "八、附属单位上缴收入"),
            new Labelled(RevenueSource.OTHER.name(), "九、其他收入"));
    static final Labelled INSTITUTION_FUND_01 = new Labelled(RevenueSource.INSTITUTION_FUND.name(), "十、用事业基金弥补收支差额");

    /** 04's 收入 of this year: its three appropriations, 其中：财政拨款 repeating the first. */
    static final List<Labelled> REVENUE_04 = List.of(
            new Labelled(RevenueSource.FISCAL_GENERAL_PUBLIC.name(), "(一)一般公共预算拨款"),
            new Labelled(RevenueSource.FISCAL_GENERAL_PUBLIC.name(), "其中：财政拨款"),
            new Labelled(RevenueSource.FISCAL_GOVERNMENT_FUND.name(), "(二)政府性基金预算拨款"),
            new Labelled(RevenueSource.FISCAL_STATE_CAPITAL.name(), "(三)国有资本经营预算拨款"));
    /** 04's 二、上年结转, by the fund it was carried in: the key of its column in the revenue section. */
    static final List<Labelled> CARRYOVER_04 = List.of(
            new Labelled("generalPublic", "(一)一般公共预算拨款"),
            new Labelled("governmentFund", "(二)政府性基金预算拨款"),
            new Labelled("stateCapital", "(三)国有资本经营预算拨款"));

    /** 01's 支出: the template's numbered list of functional 类, as it labels them. */
    static final List<Labelled> CATEGORIES_01 = numbered("、", "", new String[][] {
            {"201", "一般公共服务"}, {"202", "外交"}, {"203", "国防"}, {"204", "公共安全"}, {"205", "教育"},
            {"206", "科学技术"}, {"207", "文化旅游体育与传媒"}, {"208", "社会保障和就业"}, {"209", "社会保险基金支出"},
            {"210", "卫生健康"}, {"211", "节能环保"}, {"212", "城乡社区事务"}, {"213", "农林水事务"}, {"214", "交通运输"},
            {"215", "资源勘探信息等"}, {"216", "商业服务业等"}, {"217", "金融支出"}, {"219", "援助其他地区支出"},
            {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"}, {"222", "粮油物资储备支出"},
            {"223", "国有资本经营预算"}, {"224", "灾害防治及应急管理"}, {"227", "预备费"}, {"229", "其他支出"},
            {"230", "转移性支出"}, {"231", "债务还本支出"}, {"232", "债务付息支出"}, {"233", "债务发行费用支出"},
            {"234", "抗疫特别国债安排的支出"}});

    /** 04's 支出: its own numbered list; (九) is a 类 of an older year, which no 2022 code fills. */
    static final List<Labelled> CATEGORIES_04 = numbered("", "(", new String[][] {
            {"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
            {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化体育旅游与传媒支出"}, {"208", "社会保障和就业支出"},
            {"-209", "医疗卫生与计划生育支出"}, {"210", "卫生健康支出"}, {"211", "节能环保支出"},
            {"212", "城乡社区事务支出"}, {"213", "农林水事务支出"}, {"214", "交通运输支出"}, {"215", "资源勘探信息支出"},
            {"216", "商业服务业支出"}, {"217", "金融支出"}, {"219", "援助其他地区支出"},
            {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"}, {"222", "粮油物资储备支出"},
            {"223", "国有资本经营预算"}, {"224", "灾害防治及应急管理"}, {"227", "预备费"}, {"229", "其他支出"},
            {"230", "转移性支出"}, {"231", "债务还本支出"}, {"232", "债务付息支出"}, {"233", "债务发行费用支出"},
            {"234", "抗疫特别国债安排的支出"}});

    private TableRows() {
    }

    static String revenueRow(RevenueSource source) {
        return SOURCES.get(source).row();
    }

    static String revenueColumn(RevenueSource source) {
        return SOURCES.get(source).column();
    }

    /** 一 to 三十四, the number of a 类 (201 is 一); "-209" is numbered 九 but prints no code's figures. */
    private static List<Labelled> numbered(String after, String before, String[][] categories) {
        return java.util.Arrays.stream(categories).map(category -> {
            boolean blank = category[0].startsWith("-");
            String code = blank ? category[0].substring(1) : category[0];
            String number = ChineseNumerals.of(Integer.parseInt(code) - 200);
            String label = before.isEmpty() ? number + after + category[1] : before + number + ")" + category[1];
            return new Labelled(blank ? null : code, label);
        }).toList();
    }
}
