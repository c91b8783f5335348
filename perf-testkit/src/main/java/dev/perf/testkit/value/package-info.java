/** The values tests write as text: amounts of money, target values and numbers. */
package dev.perf.testkit.value;
