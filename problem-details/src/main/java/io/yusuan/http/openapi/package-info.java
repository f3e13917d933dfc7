/**
 * What every service's OpenAPI document says alike. Shared, beside the problem details, because the standard error
 * answers are produced here too: the document states them where they are produced, once, instead of a copy on every
 * operation of every service.
 */
package io.yusuan.http.openapi;
