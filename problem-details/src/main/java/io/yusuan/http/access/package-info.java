/**
 * Who a token acts for: roles say what it may do, the scope claims where. Shared because budget-service and
 * performance-service must read the same claims the same way (a finance bureau's token is valid at both).
 */
package io.yusuan.http.access;
