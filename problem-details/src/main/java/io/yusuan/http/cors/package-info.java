/**
 * CORS (跨域资源共享) for every Yusuan service: reads from any origin, writes only from the origins an
 * operator lists. Shared, in this module beside the problem details, because every service must answer
 * browsers with identical rules; a service that drifted would be the one a front-end cannot call.
 */
package io.yusuan.http.cors;
