/**
 * Cross-cutting HTTP concerns: the security filter chains (API tokens, engine REST for Modeler, the
 * Camunda webapps) and problem+json for every error, including 503 while the database is away.
 */
package cn.campus.repair.web;
