/** The path keys services share, validated by pattern once. */
package io.yusuan.http.key;
