-- The performance indicator framework (绩效指标体系): 一级 and 二级 tiers, and default
-- self-evaluation weights of the 一级 tiers. 三级 indicators are free text, set per target.
create table indicator_tier (
    id             int  primary key,
    -- PROJECT: 项目绩效目标 (财预〔2021〕101号); DEPARTMENT: 部门（单位）整体绩效目标
    framework      text not null check (framework in ('PROJECT', 'DEPARTMENT')),
    parent_id      int  references indicator_tier (id),
    name           text not null,
    name_en        text not null,
    -- default weight in a self-evaluation (财预〔2020〕10号), 一级 only; null where none is set
    default_weight numeric(5, 2) check (default_weight between 0 and 100),
    basis          text not null,
    sort_order     int  not null,
    check (parent_id is null or default_weight is null),
    unique (framework, parent_id, name)
);

insert into indicator_tier (id, framework, parent_id, name, name_en, default_weight, basis, sort_order) values
    (100, 'PROJECT', null, '成本指标', 'Cost', null, '财预〔2021〕101号', 1),
    (101, 'PROJECT', 100, '经济成本指标', 'Economic cost', null, '财预〔2021〕101号', 1),
    (102, 'PROJECT', 100, '社会成本指标', 'Social cost', null, '财预〔2021〕101号', 2),
    (103, 'PROJECT', 100, '生态环境成本指标', 'Environmental cost', null, '财预〔2021〕101号', 3),
    (200, 'PROJECT', null, '产出指标', 'Output', 50, '财预〔2020〕10号', 2),
    (201, 'PROJECT', 200, '数量指标', 'Quantity', null, '财预〔2020〕10号', 1),
    (202, 'PROJECT', 200, '质量指标', 'Quality', null, '财预〔2020〕10号', 2),
    (203, 'PROJECT', 200, '时效指标', 'Timeliness', null, '财预〔2020〕10号', 3),
    (204, 'PROJECT', 200, '成本指标', 'Cost (older self-evaluation form)', null, '财预〔2020〕10号', 4),
    (300, 'PROJECT', null, '效益指标', 'Benefit', 30, '财预〔2020〕10号', 3),
    (301, 'PROJECT', 300, '经济效益指标', 'Economic benefit', null, '财预〔2020〕10号', 1),
    (302, 'PROJECT', 300, '社会效益指标', 'Social benefit', null, '财预〔2020〕10号', 2),
    (303, 'PROJECT', 300, '生态效益指标', 'Ecological benefit', null, '财预〔2020〕10号', 3),
    (304, 'PROJECT', 300, '可持续影响指标', 'Sustainable impact', null, '财预〔2020〕10号', 4),
    (400, 'PROJECT', null, '满意度指标', 'Satisfaction', 10, '财预〔2020〕10号', 4),
    (401, 'PROJECT', 400, '服务对象满意度指标', 'Satisfaction of those served', null, '财预〔2020〕10号', 1),
    (500, 'PROJECT', null, '预算执行率', 'Budget execution rate', 10, '财预〔2020〕10号', 5),
    (600, 'DEPARTMENT', null, '投入管理指标', 'Input management', null, '部门整体绩效目标表', 1),
    (601, 'DEPARTMENT', 600, '工作目标管理', 'Work target management', null, '部门整体绩效目标表', 1),
    (602, 'DEPARTMENT', 600, '预算和财务管理', 'Budget and financial management', null, '部门整体绩效目标表', 2),
    (603, 'DEPARTMENT', 600, '绩效管理', 'Performance management', null, '部门整体绩效目标表', 3),
    (700, 'DEPARTMENT', null, '产出指标', 'Output', null, '部门整体绩效目标表', 2),
    (701, 'DEPARTMENT', 700, '重点工作任务完成', 'Key tasks completed', null, '部门整体绩效目标表', 1),
    (702, 'DEPARTMENT', 700, '履职目标实现', 'Duty targets achieved', null, '部门整体绩效目标表', 2),
    (800, 'DEPARTMENT', null, '效益指标', 'Benefit', null, '部门整体绩效目标表', 3),
    (801, 'DEPARTMENT', 800, '履职效益', 'Benefit of duties performed', null, '部门整体绩效目标表', 1),
    (802, 'DEPARTMENT', 800, '满意度', 'Satisfaction', null, '部门整体绩效目标表', 2);
