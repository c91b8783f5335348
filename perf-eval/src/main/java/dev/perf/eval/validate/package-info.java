/**
 * Validation before scoring: {@link dev.perf.eval.validate.Validator} runs one class per rule, each
 * with a stable ID (PERF-E2xx/W2xx/I2xx for tables, PERF-E3xx/W3xx for evaluation and monitoring
 * records), a severity, messages in Chinese and English, a hint and a span.
 */
package dev.perf.eval.validate;
