package io.yusuan.generator;

import java.util.List;

/**
 * A kind of county-level department (一级预算单位) as the generator makes it: its local code, its name, the functional
 * 款 its own spending is under, the units below it (下属单位) it may have, and the names of its 特定目标类 projects.
 * The kinds and their 款 follow the departments a 区/县 publishes budgets for; the counts are what makes a package
 * small (one unit) or large (an 教育局 with a dozen schools).
 *
 * @param code         the department's local code in its region (a second department of the kind gets a suffix);
 *                     none is a code of demo/budgets (141, 301 and 402 in 410304; 街道 are numbered from 501), which the system tests load beside
 *                     generated budgets
 * @param name         its name after the region's (农业农村局)
 * @param kuan         the functional 款 of its administrative spending (21301 农业农村): 行政运行 is its 01 项
 * @param staff        the range of its own unit's staff, from which personnel spending follows
 * @param subUnits     the units below it, each drawn between its minimum and maximum count
 * @param projectNames names of its 特定目标类 projects
 */
record DepartmentKind(String code, String name, String kuan, Range staff, List<SubUnit> subUnits,
        List<String> projectNames) {

    /**
     * A unit below the department.
     *
     * @param name     its name after the region's (农业技术推广服务中心); several of one kind are numbered
     * @param type     its type
     * @param function the functional 项 its basic spending is under (2130104 事业运行)
     * @param staff    the range of its staff
     */
    record SubUnit(String name, UnitType type, String function, int min, int max, Range staff) {
    }

    /** A range of counts, both ends included. */
    record Range(int min, int max) {
    }

    private static Range staff(int min, int max) {
        return new Range(min, max);
    }

    private static SubUnit institution(String name, String function, int min, int max, int staffMin, int staffMax) {
        return new SubUnit(name, UnitType.PUBLIC_INSTITUTION, function, min, max, staff(staffMin, staffMax));
    }

    private static SubUnit civilService(String name, String function) {
        return new SubUnit(name, UnitType.CIVIL_SERVICE_MANAGED, function, 0, 1, staff(8, 30));
    }

    /** 街道办事处: the commonest department of a 区, so drawn more often than the others. */
    static final DepartmentKind STREET = new DepartmentKind("501", "街道办事处", "20103", staff(15, 45), List.of(
            institution("党群服务中心", "2010350", 0, 1, 4, 12),
            institution("便民服务中心", "2010350", 0, 1, 4, 15),
            civilService("综合行政执法大队", "2120104")),
            List.of("社区党群服务阵地建设", "老旧小区改造配套", "辖区环境综合整治", "社区网格化管理", "社区干部补贴"));

    static final List<DepartmentKind> OTHERS = List.of(
            new DepartmentKind("101", "人民政府办公室", "20103", staff(20, 50),
                    List.of(institution("机关事务服务中心", "2010350", 0, 1, 6, 20)),
                    List.of("政务信息化建设", "应急值守保障", "档案数字化")),
            new DepartmentKind("102", "财政局", "20106", staff(25, 60),
                    List.of(institution("财政国库支付中心", "2010650", 0, 1, 8, 20)),
                    List.of("预算绩效评价", "财政信息化建设", "政府采购监管")),
            new DepartmentKind("103", "纪律检查委员会", "20111", staff(20, 45), List.of(),
                    List.of("派驻机构办案", "廉政教育基地运行", "巡察工作")),
            new DepartmentKind("104", "商务局", "20113", staff(12, 30),
                    List.of(institution("招商服务中心", "2011350", 0, 1, 5, 15)),
                    List.of("招商引资活动", "电子商务进农村", "外贸企业服务")),
            new DepartmentKind("105", "总工会", "20129", staff(8, 20),
                    List.of(new SubUnit("职工服务中心", UnitType.OTHER, "2012950", 0, 1, staff(3, 10))),
                    List.of("困难职工帮扶", "职工技能竞赛")),
            new DepartmentKind("106", "党委办公室", "20131", staff(20, 45), List.of(),
                    List.of("机要保密设备更新", "督查督办", "党委信息化建设")),
            new DepartmentKind("121", "公安分局", "20402", staff(80, 220), List.of(),
                    List.of("执法办案装备购置", "视频监控系统运维", "交通秩序管理", "辅警经费")),
            new DepartmentKind("122", "司法局", "20406", staff(15, 35),
                    List.of(institution("公证处", "2040650", 0, 1, 4, 12)),
                    List.of("社区矫正", "普法宣传", "人民调解员补贴")),
            new DepartmentKind("131", "教育局", "20501", staff(20, 45), List.of(
                    institution("实验幼儿园", "2050201", 0, 3, 15, 45),
                    institution("小学", "2050202", 1, 6, 25, 90),
                    institution("初级中学", "2050203", 0, 3, 40, 110)),
                    List.of("义务教育薄弱环节改善", "校舍维修改造", "教师培训", "学生资助", "教育信息化")),
            new DepartmentKind("151", "文化广电和旅游局", "20701", staff(12, 30), List.of(
                    institution("图书馆", "2070104", 0, 1, 8, 25),
                    institution("文化馆", "2070109", 0, 1, 8, 25)),
                    List.of("群众文化活动", "文物保护修缮", "旅游宣传推介")),
            new DepartmentKind("161", "人力资源和社会保障局", "20801", staff(20, 45),
                    List.of(institution("劳动人事争议仲裁院", "2080150", 0, 1, 6, 15)),
                    List.of("职业技能培训补贴", "劳动保障监察", "人才引进")),
            new DepartmentKind("162", "民政局", "20802", staff(15, 35),
                    List.of(institution("社会福利中心", "2080299", 0, 1, 10, 30)),
                    List.of("社区治理创新", "殡葬改革", "养老服务体系建设")),
            new DepartmentKind("171", "卫生健康委员会", "21001", staff(20, 40), List.of(
                    institution("疾病预防控制中心", "2100401", 0, 1, 20, 60),
                    new SubUnit("卫生健康监督所", UnitType.CIVIL_SERVICE_MANAGED, "2100402", 0, 1, staff(10, 30)),
                    institution("妇幼保健院", "2100403", 0, 1, 30, 90)),
                    List.of("基本公共卫生服务", "重大疾病防控", "家庭医生签约服务")),
            new DepartmentKind("181", "生态环境分局", "21101", staff(15, 35), List.of(),
                    List.of("大气污染防治", "环境监测", "水污染防治")),
            new DepartmentKind("191", "城市管理局", "21201", staff(20, 45),
                    List.of(civilService("城市管理综合执法大队", "2120104")),
                    List.of("环卫保洁市场化", "市政设施维护", "城市照明运行")),
            new DepartmentKind("311", "农业农村局", "21301", staff(20, 45), List.of(
                    civilService("农业综合行政执法大队", "2130101"),
                    institution("农业技术推广服务中心", "2130104", 0, 1, 10, 30)),
                    List.of("高标准农田建设", "农产品质量安全检测", "动物疫病防控", "乡村振兴示范村建设")),
            new DepartmentKind("302", "水利局", "21303", staff(15, 35),
                    List.of(institution("水利工程管理站", "2130399", 0, 1, 8, 25)),
                    List.of("河道清淤整治", "防汛物资储备", "农村饮水安全")),
            new DepartmentKind("321", "应急管理局", "22401", staff(15, 35),
                    List.of(institution("应急救援中心", "2240150", 0, 1, 8, 25)),
                    List.of("安全生产监管执法", "应急物资储备", "应急演练")));

    /** 街道 names, as 瀍河回族区 and its neighbours have them; further streets of a region are numbered. */
    static final List<String> STREETS = List.of("东关", "西关", "北窑", "塔湾", "瀍西", "五股路", "杨文", "华林", "史家屯",
            "邙山", "道南", "洛北", "南昌路", "唐宫路", "王城路", "邙岭路");
}
