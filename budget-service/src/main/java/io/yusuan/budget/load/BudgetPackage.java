package io.yusuan.budget.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A department's whole budget for one fiscal year, as a budget office loads it: the format of
 * {@code PUT .../budgets/{year}/draft}. Every table and narrative figure is derived from it.
 * Amounts are in yuan (元) with at most two decimals.
 *
 * <p>Every field has a limit a client can read in the OpenAPI document (maxLength, maxItems, maximum, pattern) and
 * that Bean Validation enforces before anything else: a value past it is a malformed request (400 naming its JSON
 * pointer), never a value the database refuses later (500). The limits leave room for a province's largest
 * department; the rules of a budget itself (units declared, codes known) are {@link PackageRules}' (422).
 */
@JsonIgnoreProperties({"$schema"})
@Schema(name = "BudgetPackage", description = "A department's whole budget for one fiscal year (部门预算), the format "
        + "budget offices and integrators load. Amounts are in yuan (元), at most two decimals. The format is also "
        + "published as a JSON Schema at /schemas/budget-package.schema.json; a `$schema` member naming it is ignored.")
public record BudgetPackage(
        @Schema(description = "Fiscal year; must match the year in the path.", example = "2022")
        @Min(2000) @Max(2099) Integer fiscalYear,
        @Schema(description = "The fiscal division (财政区划); its code must match the path.")
        @Valid Region region,
        @Schema(description = "The department (一级预算单位); its code must match the path.")
        @Valid Department department,
        @Schema(description = "The department's budget units (预算单位), at least one.")
        @Size(max = MAX_UNITS) List<@Valid Unit> units,
        @Schema(description = "Revenue lines by unit and source.")
        @Size(max = MAX_LINES) List<@Valid Revenue> revenues,
        @Schema(description = "The projects that PROJECT expenditure lines name.")
        @Size(max = MAX_LINES) List<@Valid Project> projects,
        @Schema(description = "Expenditure lines: the grain every table is a grouping of.")
        @NotNull @Size(max = MAX_LINES) List<@Valid Expenditure> expenditures,
        @Schema(description = "Government procurement (政府采购) by unit and type; may be empty.")
        @Size(max = MAX_LINES) List<@Valid Procurement> procurement,
        @Schema(description = "State-owned assets (国有资产占用情况).")
        @Valid Assets assets,
        @Schema(description = "Special transfer payments (专项转移支付) the department manages; may be empty.")
        @Size(max = MAX_UNITS) List<@Valid TransferPayment> transferPayments,
        @Schema(description = "Last year's budget figures, for the year-on-year changes of the narrative.")
        @Valid PriorYear priorYear,
        @Schema(maxProperties = 50, description = "Free-text reasons keyed by the narrative paragraph they explain: "
                + "totalChange, revenueChange, expenditureChange, fiscalChange, generalPublicBudgetChange, basicChange, "
                + "threePublicCostsChange, operatingCostsChange, procurement, assets, performanceTargets.",
                example = "{\"totalChange\": \"减少电梯运行维护费用\", \"operatingCostsChange\": \"上年度统计范围仅为公用经费\"}")
        @Size(max = 50) Map<@Size(max = CODE) String, @Size(max = TEXT) String> explanations,
        @Schema(description = "部门概况, 第一部分 of the disclosure document (GET .../disclosure): the department's duties "
                + "(主要职责), its internal organisation (机构设置) and the units its budget is made of (单位构成). Optional; "
                + "the document says so where it is absent.")
        @Valid Profile profile) {

    /** The largest amount: 15 digits of yuan and 2 of fen, well inside the database's numeric(18,2). */
    public static final String MONEY_MAX = "999999999999999.99";
    /** Codes (单位, 项目, 科目): the longest, a project code, has 21 characters. */
    public static final int CODE = 32;
    /** Names and titles. */
    public static final int NAME = 200;
    /** Free text: a paragraph of the profile or an explanation. */
    public static final int TEXT = 20_000;
    /** Lines of one kind in a package: a province-level department has some tens of thousands. */
    public static final int MAX_LINES = 100_000;
    /** Units, and transfer payments, of one department. */
    public static final int MAX_UNITS = 1_000;
    /** Counts of vehicles and equipment. */
    public static final int MAX_COUNT = 100_000;

    @Schema(name = "DepartmentProfile", description = "部门概况 as the disclosure document prints it in 第一部分. Plain text; "
            + "a line break in organisation or units starts a new paragraph.")
    public record Profile(
            @Schema(description = "主要职责: the duties, in order, without their numbers (the document numbers them 1., 2., …).",
                    example = "[\"负责全区政府网站的建设和管理工作。\", \"完成区委、区政府交办的其他任务。\"]")
            @Size(max = 200) List<@NotNull @Size(max = TEXT) String> duties,
            @Schema(description = "机构设置: the department's internal organisation.",
                    example = "区政务服务和大数据管理局机关本级预算包括：办公室、综合科、业务科的预算。")
            @Size(max = TEXT) String organisation,
            @Schema(description = "单位构成: which budget units the department's budget is made of.",
                    example = "区政务服务和大数据管理局部门预算包括局机关本级预算的汇总预算。\n区政务服务和大数据管理局所属单位预算包括：无")
            @Size(max = TEXT) String units) {
    }

    @Schema(name = "BudgetRegion", description = "A fiscal division (财政区划).")
    public record Region(
            @Schema(description = "6-digit administrative division code (行政区划代码); must be one catalog-service knows.",
                    example = "410304") @Size(max = CODE) String code,
            @Schema(description = "Name as the package spells it; every answer shows catalog-service's name instead.",
                    example = "洛阳市瀍河回族区") @Size(max = NAME) String name) {
    }

    @Schema(name = "BudgetDepartment", description = "A department (一级预算单位).")
    public record Department(
            @Schema(description = "The department's local code.", example = "141") @Size(max = CODE) String code,
            @Schema(description = "Full name, as the tables print it.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") @Size(max = NAME) String name,
            @Schema(description = "Short name the narrative uses; the full name if absent.", example = "区政务服务和大数据管理局")
            @Size(max = NAME) String shortName) {
    }

    @Schema(name = "BudgetUnit", description = "A budget unit (预算单位) of the department.")
    public record Unit(
            @Schema(description = "Unit code, unique in the package.", example = "141001") @Size(max = CODE) String code,
            @Schema(description = "Name.", example = "河南省洛阳市瀍河回族区政务服务和大数据管理局") @Size(max = NAME) String name,
            @Schema(description = "ADMINISTRATIVE 行政单位, CIVIL_SERVICE_MANAGED 参公事业单位, PUBLIC_INSTITUTION 事业单位, OTHER.",
                    example = "ADMINISTRATIVE") UnitType type) {
    }

    @Schema(name = "RevenueLine", description = "An amount of revenue of one unit from one source.")
    public record Revenue(
            @Schema(description = "Unit code.", example = "141001") @Size(max = CODE) String unit,
            @Schema(description = "Revenue source.", example = "FISCAL_GENERAL_PUBLIC") RevenueSource source,
            @Schema(description = "For CARRYOVER only: the budget it was carried in.", example = "GENERAL_PUBLIC_BUDGET") Fund fund,
            @Schema(description = "Amount in yuan.", example = "1730700.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "Project", description = "A project (项目) of the project library.")
    public record Project(
            @Schema(description = "21-character project code.", example = "410304220000000006846") @Size(max = CODE) String code,
            @Schema(description = "Name.", example = "政务服务工作经费") @Size(max = NAME) String name,
            @Schema(description = "Unit code.", example = "141001") @Size(max = CODE) String unit,
            @Schema(description = "OTHER_OPERATING 其他运转类 or SPECIFIC_PURPOSE 特定目标类.", example = "OTHER_OPERATING")
            ProjectCategory category) {
    }

    @Schema(name = "ExpenditureLine", description = "One amount at the crossing of unit, functional code, kind, "
            + "category or project, economic codes and fund.")
    public record Expenditure(
            @Schema(description = "Unit code.", example = "141001") @Size(max = CODE) String unit,
            @Schema(description = "7-digit functional code (支出功能分类, 项).", example = "2010301") @Size(max = CODE) String functionCode,
            @Schema(description = "The functional code's name as the budget office knows it. Optional: the catalog's "
                    + "name wins when it lists the code; a code the catalog does not list is shown with this name.",
                    example = "行政运行") @Size(max = NAME) String functionName,
            @Schema(description = "BASIC 基本支出 or PROJECT 项目支出.", example = "BASIC") ExpenditureKind kind,
            @Schema(description = "BASIC only: PERSONNEL 人员经费 or PUBLIC 公用经费.", example = "PERSONNEL") BasicCategory category,
            @Schema(description = "PROJECT only: the project's code.", example = "410304220000000006846") @Size(max = CODE) String project,
            @Schema(description = "5-digit department economic code; may be absent on a PROJECT line.", example = "30101")
            @Size(max = CODE) String economicCode,
            @Schema(description = "The department economic code's name. Optional: the catalog's name wins when it lists "
                    + "the code.", example = "基本工资") @Size(max = NAME) String economicName,
            @Schema(description = "5-digit government economic code; required on BASIC lines.", example = "50101")
            @Size(max = CODE) String governmentEconomicCode,
            @Schema(description = "The government economic code's name. Optional: the catalog's name wins when it lists "
                    + "the code.", example = "工资奖金津补贴") @Size(max = NAME) String governmentEconomicName,
            @Schema(description = "The budget the line is paid from.", example = "GENERAL_PUBLIC_BUDGET") Fund fund,
            @Schema(description = "Whether paid from last year's carry-over (上年结转).", example = "false") Boolean carryover,
            @Schema(description = "Amount in yuan.", example = "334600.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "ProcurementLine", description = "Planned government procurement (政府采购预算).")
    public record Procurement(
            @Schema(description = "Unit code.", example = "141001") @Size(max = CODE) String unit,
            @Schema(description = "GOODS 货物, WORKS 工程 or SERVICES 服务.", example = "SERVICES") ProcurementType type,
            @Schema(description = "What is bought.", example = "政务外网线路租赁") @Size(max = NAME) String item,
            @Schema(description = "Amount in yuan.", example = "38400.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "Assets", description = "State-owned assets at a date (国有资产占用情况).")
    public record Assets(
            @Schema(description = "Vehicles by kind.") @Valid Vehicles vehicles,
            @Schema(description = "General equipment of unit value 500,000 yuan or more (单位价值50万元以上通用设备), sets.",
                    example = "0") @Min(0) @Max(MAX_COUNT) Integer generalEquipmentOver500k,
            @Schema(description = "Special equipment of unit value 1,000,000 yuan or more (单位价值100万元以上专用设备), sets.",
                    example = "0") @Min(0) @Max(MAX_COUNT) Integer specialEquipmentOver1m,
            @Schema(maxLength = 10, description = "The date the figures are taken at.", example = "2021-12-31") @FiscalDate LocalDate asOf) {
    }

    @Schema(name = "Vehicles", description = "Vehicles by kind.")
    public record Vehicles(
            @Schema(description = "一般公务用车.", example = "0") @Min(0) @Max(MAX_COUNT) Integer general,
            @Schema(description = "执法执勤用车.", example = "0") @Min(0) @Max(MAX_COUNT) Integer lawEnforcement,
            @Schema(description = "特种专业技术用车.", example = "0") @Min(0) @Max(MAX_COUNT) Integer specialTechnical,
            @Schema(description = "其他用车.", example = "0") @Min(0) @Max(MAX_COUNT) Integer other) {
    }

    @Schema(name = "TransferPayment", description = "A special transfer payment (专项转移支付) the department manages.")
    public record TransferPayment(
            @Schema(description = "Name.", example = "农村公路养护补助资金") @Size(max = NAME) String name,
            @Schema(description = "Amount in yuan.", example = "500000.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "PriorYear", description = "Last year's budget figures, in yuan.")
    public record PriorYear(
            @Schema(description = "收入总计.", example = "1754900.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal totalRevenue,
            @Schema(description = "支出总计.", example = "1754900.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal totalExpenditure,
            @Schema(description = "一般公共预算 expenditure.", example = "1754900.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal generalPublicBudget,
            @Schema(description = "基本支出.", example = "1346700.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal basic,
            @Schema(description = "项目支出.", example = "408200.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal project,
            @Schema(description = "机关运行经费.", example = "79800.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal operatingCosts,
            @Schema(description = "“三公”经费 and its parts.") @Valid ThreePublicCosts threePublicCosts) {
    }

    @Schema(name = "ThreePublicCosts", description = "“三公”经费 and its three parts, in yuan.")
    public record ThreePublicCosts(
            @Schema(description = "合计.", example = "0.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal total,
            @Schema(description = "因公出国（境）费.", example = "0.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal outboundTravel,
            @Schema(description = "公务用车购置费.", example = "0.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal vehiclePurchase,
            @Schema(description = "公务用车运行维护费.", example = "0.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal vehicleOperation,
            @Schema(description = "公务接待费.", example = "0.00")
            @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2) BigDecimal reception) {
    }
}
