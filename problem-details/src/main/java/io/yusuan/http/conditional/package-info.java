/**
 * Conditional requests (条件请求) as RFC 9110 defines them, where the framework's own comparison falls short. Shared,
 * beside the problem details and CORS, because every service's reads revalidate by ETag the same way.
 */
package io.yusuan.http.conditional;
