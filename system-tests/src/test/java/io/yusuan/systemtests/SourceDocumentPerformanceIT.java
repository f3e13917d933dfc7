package io.yusuan.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.localrun.DemoOutcome;
import io.yusuan.localrun.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo performance targets, written through the real performance-service after the demo budget was published in
 * the real budget-service, against the source document's tables 12 (本级部门(单位)整体绩效目标表, lines 393–441) and 13
 * (2022 年部门预算项目绩效目标表, lines 443–474), field by field: texts and 指标值 exactly as printed, amounts in 万元.
 * The 预算情况 and the projects' amounts are never typed into the targets: performance-service reads them from
 * budget-service, so they prove the two services agree.
 *
 * <p>The expected values below are copied by hand from the document — never derived from a service — and {@link
 * #theExpectedValuesAreTheDocumentsOwn()} checks each against the document's text. Where the document had to be read
 * (a cell split over lines, a column lost in extraction) demo/performance/README.md says how; the two cost indicators
 * the document prints without a name are the only expected values it does not print.
 */
@ExtendWith(LocalStackExtension.class)
class SourceDocumentPerformanceIT {

    private static final String PERFORMANCE = "/api/v1/regions/410304/departments/141/performance/2022";
    private static final String DEPARTMENT = "河南省洛阳市瀍河回族区政务服务和大数据管理局";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    // ---- 12 部门（单位）整体绩效目标表 ----------------------------------------------------------------------------------

    private static final String T12_TITLE = "本级部门(单位)整体绩效目标表";
    private static final String T12_ANNUAL_GOAL = "加强统筹协调,深化“放管服”改革,提升行政效能和政务服务水平;构建政务大数据平台,"
            + "统筹推进“数字政府”建设,建立“用数据说话、用数据决策、用数据管理、用数据创新”新机制。";
    private static final String T12_TASK_NAME = "推进政务服务标准化,加快数字瀍河建设。";
    private static final String T12_TASK_CONTENT = "扎实做好“数字瀍河”一期智慧社区建设;推进“瀍河青年 APP”建设;进一步规范政务服务大厅管理;"
            + "推进全省统一的“一件事”主体集成服务落地实施;持续提升政务服务事项标准化水平等。";

    /** A line of 预算情况: its printed label, the API field, the printed figure ("" for a blank cell: absent). */
    record BudgetLine(String label, String field, String printed) {
    }

    private static final List<BudgetLine> T12_BUDGET = List.of(
            new BudgetLine("部门预算总额(万元)", "total", "173.07"),
            new BudgetLine("1、资金来源:(1)政府预算资金", "governmentBudget", "173.07"),
            new BudgetLine("(2)财政专户管理资金", "specialAccount", ""),
            new BudgetLine("(3)单位资金", "unitFunds", ""),
            new BudgetLine("2、资金结构:(1)基本支出", "basic", "134.67"),
            new BudgetLine("(2)项目支出", "project", "38.40"));

    /**
     * An indicator row: 一级 and 二级 as the merged cells print them for it, 三级, 指标值 and 指标值说明 (null: none printed).
     */
    record Row12(String tier1, String tier2, String name, String value, String explanation) {
        static Row12 of(String tier1, String tier2, String name, String value, String explanation) {
            return new Row12(tier1, tier2, name, value, explanation);
        }
    }

    /** Every row in printed order (the source line in the comment); 指标值说明 split by a page break joined. */
    private static final List<Row12> T12_ROWS = List.of(
            Row12.of("投入管理指标", "工作目标管理", "年度履职目标相关性", "相关", // 408
                    "1.年度履职目标是否符合国家、省委省政府战略部署和发展规划,与国家、省宏观政策、行业政策一致;2.年度履职目标是否与部门职责、工作规划和重点工作相关;3.确定的预算项目是否合理,是否与工作目标密切相关;4.工作任务和项目预算安排是否合理。"),
            Row12.of("投入管理指标", "工作目标管理", "工作任务科学性", "科学", // 409
                    "1.工作任务是否有明确的绩效目标,绩效目标是否与部门年度履职目标一致,是否能体现工作任务的产出和效果;2.工作任务对应的预算项目是否有明确的绩效目标,绩效目标是否与部门职责目标、工作任务目标一致,是否能体现预算项目的产出和效果"),
            Row12.of("投入管理指标", "工作目标管理", "绩效指标合理性", "合理", // 410
                    "1.工作任务、预算项目绩效指标设置是否准确反映部门绩效完成情况;2.工作任务、预算项目绩效指标是否清晰、细化、可评价、可衡量;3.工作任务、预算项目绩效指标的评价标准是否清晰、可衡量;4.是否与部门年度的任务数或计划数相对应。"),
            Row12.of("投入管理指标", "预算和财务管理", "预算编制完整性", "完整", // 412
                    "1. 部门所有收入是否全部纳入部门预算；2. 部门支出预算是否统筹各类资金来源，全部纳入部门预算管理。"),
            Row12.of("投入管理指标", "预算和财务管理", "专项资金细化率", "100%", // 413
                    "专项资金细化率=(已细化到具体市县和承担单位的资金数/部门参与分配资金总数)×100%。"),
            Row12.of("投入管理指标", "预算和财务管理", "预算执行率", "100%", // 414
                    "预算执行率=(预算完成数/预算数)×100%。预算完成数指部门实际执行的预算数；预算数指财政部门批复的本年度部门的(调整)预算数。"),
            Row12.of("投入管理指标", "预算和财务管理", "预算调整率", "≤5%", // 415
                    "预算调整率=(预算调整数-年初预算数)/年初预算数×100%。预算调整数：部门在本年度内涉及预算的追加、追减或结构调整的资金总和(因落实国家政策、发生不可抗力、上级部门或本级党委政府临时交办而产生的调整除外)。"),
            Row12.of("投入管理指标", "预算和财务管理", "结转结余率", "≤5%", // 416
                    "结转结余率=结转结余总额/预算数*100%。结转结余总额是指部门本年度的结转结余资金之和。预算数是指财政部门批复的本年度部门的(调整)预算数。"),
            Row12.of("投入管理指标", "预算和财务管理", "“三公经费”控制率", "≤100%", // 417
                    "“三公经费”控制率=本年度“三公经费”实际支出数/“三公经费”预算数*100%"),
            Row12.of("投入管理指标", "预算和财务管理", "政府采购执行率", "100%", // 418
                    "政府采购执行率=(实际政府采购金额/政府采购预算数)×100%。政府采购预算：采购机关根据事业发展和行政任务编制的、并经过规定程序批准的年度政府采购计划。"),
            Row12.of("投入管理指标", "预算和财务管理", "决算真实性", "真实", // 419
                    "反映本部门决算工作情况。决算编制数据是否账表一致，即决算报表数据与会计账簿数据是否一致。"),
            Row12.of("投入管理指标", "预算和财务管理", "资金使用合规性", "合规", // 420
                    "部门(单位)是否按照相关法律法规以及资金管理办法规定的用途使用预算资金，用以反映和考核部门(单位)预算资金的规范运行情况。1. 是否符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；2. 资金的拨付是否有完整的审批程序和手续；3. 项目的重大开支是否经过评估论证；4. 是否符合部门预算批复的用途；5. 是否存在截留支出情况；6. 是否存在挤占支出情况；7. 是否存在挪用支出情况；8. 是否存在虚列支出情况。"),
            Row12.of("投入管理指标", "预算和财务管理", "管理制度健全性", "健全", // 423
                    "部门（单位）为加强预算管理，规范财务行为而制定的管理制度是否健全完整，用以反映和考核部门（单位）预算管理制度为完成主要职责或促成事业发展的保障情况。1. 是否已制定或具有预算资金管理办法、内部管理制度、会计核算制度、会计岗位制度等管理制度；2. 相关管理制度是否得到有效执行。"),
            Row12.of("投入管理指标", "预算和财务管理", "预决算信息公开性", "公开", // 424
                    "部门（单位）是否按照政府信息公开有关规定公开部门预算、执行、决算、监督、绩效等相关预决算信息，用以反映和考核部门（单位）预决算管理的公开透明情况。1. 是否按规定内容公开预决算信息；2. 是否按规定时限公开预决算信息。"),
            Row12.of("投入管理指标", "预算和财务管理", "资产管理规范性", "规范", // 425
                    "部门（单位）的资产配置、使用是否合规，处置是否规范，收入是否及时足额上缴，用以反映和考核部门（单位）资产管理的规范程度。1. 资产是否及时规范入账，资产报表数据与会计账簿数据是否相符，资产实物与财务账、资产账是否相符；2. 新增资产是否符合规定程序和规定标准，新增资产是否考虑闲置存量资产；3. 资产对外有偿使用（出租出借等）、对外投资、担保、资产处置等事项是否按规定报批；4. 资产收益是否及时足额上交财政。"),
            Row12.of("投入管理指标", "绩效管理", "绩效目标编制完成率", "100%", // 426
                    "部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。部门绩效监控完成率=已完成绩效监控项目数量/部门项目总数*100%"),
            Row12.of("投入管理指标", "绩效管理", "绩效监控完成率", "100%", // 429
                    "部门（单位）按要求实施绩效监控的项目数量占应实施绩效监控项目总数的比重。部门绩效监控完成率=已完成绩效监控项目数量/部门项目总数*100%"),
            Row12.of("投入管理指标", "绩效管理", "绩效自评完成率", "100%", // 430
                    "部门（单位）按要求实施绩效自评的项目数量占应实施绩效自评项目总数的比重。部门绩效自评完成率=已完成评价项目数量/部门项目总数*100%"),
            Row12.of("投入管理指标", "绩效管理", "部门绩效评价完成率", "100%", // 431
                    "部门重点绩效评价项目评价完成情况。部门绩效评价完成率=已完成评价项目数量/部门重点绩效评价项目数*100%"),
            Row12.of("投入管理指标", "绩效管理", "评价结果应用率", "100%", // 432
                    "绩效监控、单位自评、部门绩效评价、财政重点绩效评价结果应用情况。评价结果应用率=评价提出的意见建议采纳数/提出的意见建议总数*100%"),
            Row12.of("产出指标", "重点工作任务完成", "12345 政务服务热线（110 联动）", "正常运行及开展工作", null), // 433
            Row12.of("产出指标", "重点工作任务完成", "政务服务工作", "不断提升政务服务质量，持续优化营商环境。", null), // 434
            Row12.of("产出指标", "履职目标实现", "12345 政务服务热线（110 联动）", "高效运转", null), // 435
            Row12.of("产出指标", "履职目标实现", "政务服务工作标准化", "不断完善", null), // 436
            Row12.of("效益指标", "履职效益", "政务服务事项网上办理", "办理率 99%", null), // 437
            Row12.of("效益指标", "履职效益", "不断提升政务服务质量，持续优化营商环境。", "有效提升", null), // 438
            Row12.of("效益指标", "履职效益", "保证 110 诉求事项的及时处理，维护漯河市的平安繁荣。", "成效显著", null), // 439
            Row12.of("效益指标", "满意度", "诉求群众的满意率", "≥95%", null), // 440
            Row12.of("效益指标", "满意度", "办事企业群众的满意度", "≥98%", null)); // 441

    // ---- 13 部门预算项目绩效目标表 -----------------------------------------------------------------------------------------

    /** 三级指标 and 指标值; {@code namePrinted} false for a cost indicator the document prints without a name. */
    record Ind(String name, String value, boolean namePrinted) {
        static Ind of(String name, String value) {
            return new Ind(name, value, true);
        }

        /** The 成本指标 of lines 450 and 453: the document prints the project's goal where its name would be. */
        static Ind unnamedCost(String value) {
            return new Ind("项目成本", value, false);
        }
    }

    /**
     * A project: 项目编码, 项目名称, 项目金额 (资金总额, 政府预算资金, 财政专户管理资金, 单位资金; "" blank: absent), the
     * 年度绩效目标 where the document prints one (null otherwise), and its indicators by 一级 in printed order.
     */
    record Project13(String code, String name, List<String> amounts, String printedGoal,
            List<Ind> cost, List<Ind> output, List<Ind> benefit, List<Ind> satisfaction) {

        List<List<Ind>> tiers() {
            return List.of(cost, output, benefit, satisfaction);
        }
    }

    private static final List<String> T13_AMOUNT_FIELDS = List.of("total", "governmentBudget", "specialAccount", "unitFunds");
    private static final List<String> T13_TIERS = List.of("cost", "output", "benefit", "satisfaction");
    private static final List<String> T13_TOTAL = List.of("38.40", "38.40", "", "");
    private static final String T13_UNIT_CODE = "141001";

    /** In project code order, as the API serves them (the document prints them in another order). */
    private static final List<Project13> T13_PROJECTS = List.of(
            new Project13("410304220000000006846", "政务服务工作经费", List.of("20.00", "20.00", "", ""),
                    "保证大厅的正常运转, 不断提升服务质量", // 450
                    List.of(Ind.unnamedCost("20 万元")),
                    List.of(Ind.of("服务窗口数量", "46 个"), Ind.of("实体政务大厅的标准化建设", "≥90%"),
                            Ind.of("工作日期间为办事群众提供服务时间", "≥7 小时")),
                    List.of(Ind.of("持续提升政务服务", "≥90%")),
                    List.of(Ind.of("办事群众的满意率", "≥95%"))),
            new Project13("410304220000000013205", "110 专项经费", List.of("4.50", "4.50", "", ""),
                    "保障 110 工作正常开展", // 453
                    List.of(Ind.unnamedCost("4.5 万元")),
                    List.of(Ind.of("110 工作人员", "6 人"), Ind.of("保障 110 联动工作的正常运行", "≥99%"),
                            Ind.of("全年值班时间", "365 天")),
                    List.of(Ind.of("有效维护我区社会稳定率", "≥90%")),
                    List.of(Ind.of("110 诉求群众的满意度", "≥95%"))),
            new Project13("410304220000000013206", "网络使用年租费", List.of("5.00", "5.00", "", ""), null, // 457
                    List.of(Ind.of("网络运行维护成本", "5 万元")),
                    List.of(Ind.of("网络维护数量", "1 条"), Ind.of("网络正常运行率", "≥99%"), Ind.of("网络运行时间", "24 小时"),
                            Ind.of("网络维护响应时间", "即时响应"), Ind.of("网络故障修复平均时间", "≤4 小时")),
                    List.of(Ind.of("保障我区政务服务事项的办理及日常工作开展", "≥99%")),
                    List.of(Ind.of("办事群众满意度", "≥95%"))),
            new Project13("410304220000000019620", "政务外网年租费", List.of("3.84", "3.84", "", ""), null, // 462
                    List.of(Ind.of("线路维护成本", "3.84 万元")),
                    List.of(Ind.of("线路维护数量", "32 条"), Ind.of("线路正常运行率", "≥95%"), Ind.of("线路维护响应时间", "即时响应"),
                            Ind.of("线路故障修复平均时间", "≤4小 时")),
                    List.of(Ind.of("政务服务实现网上", "≥90%"), Ind.of("政务服务实现网上影响程度", "明显")),
                    List.of(Ind.of("适用对象满意度", "≥95%"))),
            new Project13("410304220000000019622", "110 智能化平台维护费", List.of("3.50", "3.50", "", ""), null, // 467
                    List.of(Ind.of("平台运行维护成本", "3.5 万元")),
                    List.of(Ind.of("平台维护数量", "9 个"), Ind.of("平台正常运行率", "≥99%"), Ind.of("平台维护响应时间", "即响应 时"),
                            Ind.of("平台故障修复平均时间", "≤2小 时")),
                    List.of(Ind.of("对工作效率的提升程度", "≥80%")),
                    List.of(Ind.of("平台使用对象满意度", "≥95%"))),
            new Project13("410304220000000019623", "电子政务网年租费", List.of("1.56", "1.56", "", ""), null, // 471
                    List.of(Ind.of("线路运行维护成本", "1.56 万元")),
                    List.of(Ind.of("线路维护数量", "13 条"), Ind.of("线路正常运行率", "≥95%"),
                            Ind.of("线路运行维护响应时间", "即时响 应"), Ind.of("线路故障修复平均时间", "≤4小 时")), // 473, 474
                    List.of(Ind.of("政务服务实现网上办理", "≥90%"), Ind.of("政务服务实现网上办理影响程度", "明显")),
                    List.of(Ind.of("适用服务对象满意度", "≥95%"))));

    private static String performanceService;
    private static List<DemoOutcome> outcomes;
    private SoftAssertions soft;

    @BeforeAll
    static void demoLoaded(LoadedDemo demo) {
        performanceService = demo.stack().baseUrl(Service.PERFORMANCE).toString();
        outcomes = demo.outcomes();
    }

    /** The local run's second step, after the budget: every target written, none refused, no warning. */
    @Test
    void theTargetsAreLoadedAfterThePublishedBudget() {
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1)).satisfies(outcome -> {
            assertThat(outcome.what()).isEqualTo("performance targets 410304/141/2022");
            assertThat(outcome.loaded()).isTrue();
            assertThat(outcome.summary())
                    .startsWith("loaded — overall target (" + T12_ROWS.size() + " indicators), " + T13_PROJECTS.size()
                            + " project targets (" + T13_PROJECTS.stream().mapToInt(p -> p.tiers().stream().mapToInt(List::size).sum()).sum()
                            + " indicators); ")
                    .doesNotContain("WARNING")
                    .doesNotContain("ERROR")
                    .endsWith("Tables: " + performanceService + PERFORMANCE + "/tables/12 and /13");
        });
    }

    @Test
    void table12() {
        soft = new SoftAssertions();
        JsonNode table = json(PERFORMANCE + "/tables/12");
        soft.assertThat(table.path("fiscalYear").asInt()).as("12 年度").isEqualTo(2022);
        soft.assertThat(table.path("departmentName").asText()).as("12 部门(单位)名称").isEqualTo(DEPARTMENT);
        soft.assertThat(table.path("annualGoal").asText()).as("12 年度履职目标").isEqualTo(T12_ANNUAL_GOAL);
        soft.assertThat(table.path("tasks").size()).as("12 年度主要任务").isEqualTo(1);
        soft.assertThat(table.path("tasks").path(0).path("name").asText()).as("12 任务名称").isEqualTo(T12_TASK_NAME);
        soft.assertThat(table.path("tasks").path(0).path("content").asText()).as("12 主要内容").isEqualTo(T12_TASK_CONTENT);
        for (BudgetLine line : T12_BUDGET) {
            amount("12 预算情况 " + line.label(), table.path("budget"), line.field(), line.printed());
        }
        JsonNode rows = table.path("indicators");
        soft.assertThat(rows.size()).as("12 indicator rows").isEqualTo(T12_ROWS.size());
        for (int i = 0; i < Math.min(rows.size(), T12_ROWS.size()); i++) {
            Row12 expected = T12_ROWS.get(i);
            JsonNode row = rows.path(i);
            String what = "12 row " + (i + 1) + " " + expected.name();
            soft.assertThat(row.path("tier1").asText()).as(what + " 一级指标").isEqualTo(expected.tier1());
            soft.assertThat(row.path("tier2").asText()).as(what + " 二级指标").isEqualTo(expected.tier2());
            soft.assertThat(row.path("name").asText()).as(what + " 三级指标").isEqualTo(expected.name());
            soft.assertThat(row.path("value").asText()).as(what + " 指标值").isEqualTo(expected.value());
            soft.assertThat(text(row.path("explanation"))).as(what + " 指标值说明").isEqualTo(expected.explanation());
        }
        soft.assertAll();
    }

    @Test
    void table13() {
        soft = new SoftAssertions();
        JsonNode table = json(PERFORMANCE + "/tables/13");
        soft.assertThat(table.path("fiscalYear").asInt()).as("13 年度").isEqualTo(2022);
        soft.assertThat(table.path("departmentName").asText()).as("13 部门名称").isEqualTo(DEPARTMENT);
        amounts("13 合计", table.path("total"), T13_TOTAL);
        // the unit's subtotal row (line 449), printed before its projects: the same figures as 合计, one unit
        JsonNode units = table.path("units");
        soft.assertThat(units.size()).as("13 unit rows").isEqualTo(1);
        soft.assertThat(units.path(0).path("code").asText()).as("13 unit 单位编码").isEqualTo(T13_UNIT_CODE);
        soft.assertThat(units.path(0).path("name").asText()).as("13 unit 项目单位").isEqualTo(DEPARTMENT);
        amounts("13 unit " + T13_UNIT_CODE, units.path(0).path("amounts"), T13_TOTAL);
        JsonNode projects = table.path("projects");
        soft.assertThat(codes(projects)).as("13 projects, in code order")
                .containsExactlyElementsOf(T13_PROJECTS.stream().map(Project13::code).toList());
        for (Project13 expected : T13_PROJECTS) {
            JsonNode project = project(projects, expected.code());
            String what = "13 " + expected.code() + " " + expected.name();
            soft.assertThat(project.path("name").asText()).as(what + " 项目名称").isEqualTo(expected.name());
            soft.assertThat(project.path("unitName").asText()).as(what + " 项目单位").isEqualTo(DEPARTMENT);
            amounts(what, project.path("amounts"), expected.amounts());
            if (expected.printedGoal() != null) {
                soft.assertThat(project.path("annualGoal").asText()).as(what + " 年度绩效目标").isEqualTo(expected.printedGoal());
            }
            for (int t = 0; t < T13_TIERS.size(); t++) {
                List<Ind> indicators = expected.tiers().get(t);
                JsonNode served = project.path(T13_TIERS.get(t));
                soft.assertThat(pairs(served)).as(what + " " + T13_TIERS.get(t) + " (三级指标 = 指标值)")
                        .containsExactlyElementsOf(indicators.stream().map(i -> i.name() + " = " + i.value()).toList());
            }
        }
        soft.assertAll();
    }

    /** The CSV of table 13 carries every project and every 指标值 as printed too. */
    @Test
    void table13AsCsv() {
        String csv = given().baseUri(performanceService).accept("text/csv")
                .get(PERFORMANCE + "/tables/13")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        SoftAssertions csvSoft = new SoftAssertions();
        for (Project13 project : T13_PROJECTS) {
            csvSoft.assertThat(csv).as("13 CSV " + project.code()).contains(project.code() + "," + project.name());
            project.tiers().stream().flatMap(List::stream).forEach(indicator ->
                    csvSoft.assertThat(csv).as("13 CSV " + project.code() + " " + indicator.name())
                            .contains(indicator.name()).contains(indicator.value()));
        }
        csvSoft.assertAll();
    }

    /** What is written above is what the document prints, read from its text. */
    @Test
    void theExpectedValuesAreTheDocumentsOwn() {
        SourceDocument source = SourceDocument.read();
        SoftAssertions copied = new SoftAssertions();

        SourceDocument.Block t12 = source.table(T12_TITLE);
        copied.assertThat(t12.hasRow(List.of("部门(单位)名称", DEPARTMENT))).as("12 部门(单位)名称").isTrue();
        copied.assertThat(t12.hasRow(List.of("年度履职目标", T12_ANNUAL_GOAL))).as("12 年度履职目标").isTrue();
        copied.assertThat(t12.hasRow(List.of(T12_TASK_NAME, T12_TASK_CONTENT))).as("12 年度主要任务").isTrue();
        for (BudgetLine line : T12_BUDGET) {
            copied.assertThat(t12.hasLabelled(line.label(), List.of("", line.printed())))
                    .as("12 prints " + line.label() + " " + line.printed()).isTrue();
        }
        for (Row12 row : T12_ROWS) {
            copied.assertThat(printsRow12(t12.lines(), row)).as("12 prints " + row).isTrue();
        }

        SourceDocument.Block t13 = source.table("2022 年部门预算项目绩效目标表");
        copied.assertThat(t13.hasRow(List.of("38.40", "38.40"))).as("13 合计").isTrue();
        copied.assertThat(t13.hasRow(List.of(T13_UNIT_CODE, DEPARTMENT, "38.40", "38.40"))).as("13 unit").isTrue();
        for (Project13 project : T13_PROJECTS) {
            List<List<String>> lines = projectLines(t13.lines(), project.code());
            copied.assertThat(lines).as("13 prints project " + project.code()).isNotEmpty();
            if (lines.isEmpty()) {
                continue;
            }
            List<String> first = lines.get(0);
            copied.assertThat(SourceDocument.compact(first.get(1))).as("13 " + project.code() + " 项目名称")
                    .isEqualTo(SourceDocument.compact(project.name()));
            copied.assertThat(first.subList(2, 4).stream().map(String::strip).toList()).as("13 " + project.code() + " 资金总额, 政府预算资金")
                    .containsExactlyElementsOf(project.amounts().subList(0, 2));
            // The next two cells hold no figure (a lost cell puts the goal in the second of them: lines 450, 453).
            for (int column = 4; column < 6; column++) {
                copied.assertThat(first.get(column).strip().matches("\\d+\\.\\d{2}"))
                        .as("13 " + project.code() + " column " + column + " blank: " + first.get(column)).isFalse();
            }
            copied.assertThat(project.amounts().subList(2, 4)).as("13 " + project.code() + " 财政专户, 单位资金").containsOnly("");
            for (int t = 0; t < T13_TIERS.size(); t++) {
                for (Ind indicator : project.tiers().get(t)) {
                    String printedName = indicator.namePrinted() ? indicator.name() : project.printedGoal();
                    copied.assertThat(printsPair(lines, t, printedName, indicator.value()))
                            .as("13 " + project.code() + " prints " + T13_TIERS.get(t) + " " + printedName + " = "
                                    + indicator.value()).isTrue();
                }
            }
        }
        copied.assertAll();
    }

    // ---- the document's table 12 --------------------------------------------------------------------------------------

    /**
     * Whether a line prints the row's 三级指标 and exactly its 指标值 side by side, followed by its 指标值说明 (with the lines a page
     * break moved it on to) or nothing, under 一级 and 二级 cells printed on that line or before it. The 一级/二级 columns
     * shift in extraction (line 412 prints 二级 预算和财务管理 in the first column), so their column is not compared.
     */
    private static boolean printsRow12(List<String> lines, Row12 row) {
        for (int n = 0; n < lines.size(); n++) {
            List<String> cells = cells(lines.get(n));
            for (int i = 0; i + 1 < cells.size(); i++) {
                if (same(cells.get(i), row.name()) && printedAs(cells.get(i + 1), row.value())
                        && explanationAt(lines, n, i + 2).equals(SourceDocument.compact(nullToEmpty(row.explanation())))
                        && printedUpTo(lines, n, row.tier1()) && printedUpTo(lines, n, row.tier2())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cells of line {@code n} from {@code column}, and of the continuation lines after it (first four cells blank). */
    private static String explanationAt(List<String> lines, int n, int column) {
        List<String> cells = cells(lines.get(n));
        StringBuilder text = new StringBuilder(String.join("", cells.subList(Math.min(column, cells.size()), cells.size())));
        for (int next = n + 1; next < lines.size(); next++) {
            List<String> following = cells(lines.get(next));
            if (following.stream().allMatch(String::isBlank)) {
                continue; // a page break's empty lines
            }
            boolean continuation = following.size() > 4 && following.subList(0, 4).stream().allMatch(String::isBlank);
            if (!continuation) {
                break;
            }
            text.append(String.join("", following));
        }
        return SourceDocument.compact(text.toString());
    }

    private static boolean printedUpTo(List<String> lines, int n, String cell) {
        for (int line = 0; line <= n; line++) {
            if (cells(lines.get(line)).stream().anyMatch(printed -> same(printed, cell))) {
                return true;
            }
        }
        return false;
    }

    // ---- the document's table 13 --------------------------------------------------------------------------------------

    /** The cells of the project's lines: its first (code, name, amounts, …) and the continuation lines up to the next project. */
    private static List<List<String>> projectLines(List<String> lines, String code) {
        List<List<String>> found = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            boolean startsProject = !cells.isEmpty() && SourceDocument.compact(cells.get(0)).matches("\\d{21}");
            if (startsProject) {
                if (!found.isEmpty()) {
                    break;
                }
                if (SourceDocument.compact(cells.get(0)).equals(code)) {
                    found.add(cells);
                }
            } else if (!found.isEmpty() && !cells.stream().allMatch(String::isBlank)) {
                found.add(cells);
            }
        }
        return found;
    }

    /**
     * Whether a line prints {@code name} and exactly {@code value} side by side in the columns of tier {@code tier} (0 成本, 1
     * 产出, 2 效益, 3 满意度): 三级指标 in column 6 + 2 × tier, or one column left of it where extraction lost an empty
     * cell (lines 450–453).
     */
    private static boolean printsPair(List<List<String>> lines, int tier, String name, String value) {
        for (List<String> cells : lines) {
            for (int i = 0; i + 1 < cells.size(); i++) {
                if (i >= 5 && (i - 5) / 2 == tier && same(cells.get(i), name) && printedAs(cells.get(i + 1), value)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private static List<String> cells(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    /** A printed cell against an expected value: line breaks inside a cell come out as spaces, so without whitespace. */
    private static boolean same(String printed, String expected) {
        return !SourceDocument.compact(expected).isEmpty()
                && SourceDocument.compact(printed).equals(SourceDocument.compact(expected));
    }

    /** A printed 指标值 against an expected one: exactly, spaces inside included ("≤4小 时"). */
    private static boolean printedAs(String printed, String expected) {
        return printed.strip().equals(expected);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private JsonNode json(String path) {
        String body = given().baseUri(performanceService)
                .get(path)
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void amounts(String what, JsonNode amounts, List<String> printed) {
        for (int i = 0; i < T13_AMOUNT_FIELDS.size(); i++) {
            amount(what + " " + T13_AMOUNT_FIELDS.get(i), amounts, T13_AMOUNT_FIELDS.get(i), printed.get(i));
        }
    }

    /** A printed figure in 万元, or "" for a blank cell, which the API leaves out. */
    private void amount(String what, JsonNode amounts, String field, String printed) {
        JsonNode actual = amounts.path(field);
        if (printed.isEmpty()) {
            soft.assertThat(actual.isMissingNode()).as(what + " is blank (absent), was " + actual).isTrue();
            return;
        }
        soft.assertThat(actual.isNumber()).as(what + " is served (a number), was " + actual).isTrue();
        if (actual.isNumber()) {
            soft.assertThat(actual.decimalValue()).as(what).isEqualByComparingTo(printed);
        }
    }

    private static List<String> codes(JsonNode projects) {
        List<String> codes = new ArrayList<>();
        projects.forEach(project -> codes.add(project.path("code").asText()));
        return codes;
    }

    private static JsonNode project(JsonNode projects, String code) {
        for (JsonNode project : projects) {
            if (project.path("code").asText().equals(code)) {
                return project;
            }
        }
        return JSON.createObjectNode();
    }

    private static List<String> pairs(JsonNode indicators) {
        List<String> pairs = new ArrayList<>();
        indicators.forEach(indicator -> pairs.add(indicator.path("name").asText() + " = " + indicator.path("value").asText()));
        return pairs;
    }
}
