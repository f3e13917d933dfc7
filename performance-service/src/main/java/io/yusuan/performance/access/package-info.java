/**
 * Who may write a department's performance data: the roles, and the rule that a token acts only for the departments its
 * scope claims name. Reads need no token (targets are public once written).
 */
package io.yusuan.performance.access;
