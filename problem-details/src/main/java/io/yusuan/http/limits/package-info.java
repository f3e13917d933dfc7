/**
 * The sizes a request may have, refused as problem+json before anything reads the request. Shared, beside the problem
 * details, because an oversized request must get the same answer from every service, and the HTTP layer's own answer
 * to it is an empty body or text.
 */
package io.yusuan.http.limits;
