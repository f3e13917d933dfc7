package io.yusuan.budget.line;

/**
 * Which lines to list; every part is optional.
 *
 * @param functionPrefix a functional code or its start (201, 20103, 2010301)
 * @param economicPrefix a department economic code or its start (301, 30101)
 */
public record LineFilter(String functionPrefix, String economicPrefix, String kind, String fund, String project) {
}
