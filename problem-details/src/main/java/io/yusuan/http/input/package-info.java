/**
 * Input no request may carry, refused the same way by every service before any resource sees it. Shared, beside the
 * problem details, because a byte that makes one service answer 500 makes the others do so too.
 */
package io.yusuan.http.input;
