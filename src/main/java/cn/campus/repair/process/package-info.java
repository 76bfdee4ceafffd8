/**
 * The bridge to Camunda: the names the model and the code share ({@link
 * cn.campus.repair.process.RepairProcess}), starting and completing the request's tasks, deploying
 * {@code processes/}, the contract guard every deployment passes, the engine's history level, and
 * what a completion from Tasklist or the engine REST API may carry ({@link
 * cn.campus.repair.process.TaskCompletions}: {@link cn.campus.repair.process.TaskInputRules} or the
 * task's form), with a listener's refusal answered as the caller's mistake.
 */
package cn.campus.repair.process;
