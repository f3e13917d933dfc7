/**
 * Security headers (安全响应头) on every answer. Shared, beside the problem details, because every service must send
 * the same ones.
 */
package io.yusuan.http.headers;
