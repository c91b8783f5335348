/** Performance monitoring (绩效运行监控, "双监控"): the budget track against the spending plan and the goal track per indicator. */
package dev.perf.eval.monitor;
