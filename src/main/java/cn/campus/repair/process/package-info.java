/**
 * The bridge to Camunda: the names the model and the code share ({@link
 * cn.campus.repair.process.RepairProcess}), starting and completing the request's tasks, deploying
 * {@code processes/}, and the delegates the model references by bean name.
 */
package cn.campus.repair.process;
