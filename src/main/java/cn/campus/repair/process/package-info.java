/**
 * The bridge to Camunda: the names the model and the code share ({@link
 * cn.campus.repair.process.RepairProcess}), starting and completing the request's tasks, deploying
 * {@code processes/}, the contract guard every deployment passes, and the engine's history level.
 */
package cn.campus.repair.process;
