/**
 * Our accounts as Camunda's identities, read-only: Tasklist, Cockpit and the engine see the people
 * of {@code app_user} with the same phone and password as in the mini program, in the groups their
 * role gives them, so there is no second account to keep in step. Only staff log into the webapps,
 * and the user and group queries show a worker no one but themselves. Also what those groups may do
 * there: the authorizations the webapps need, and the guard in front of Camunda's REST APIs for
 * what authorizations cannot say (a task is completed with its form only; workers change nothing
 * else; nobody rewrites the variables the request is built on).
 */
package cn.campus.repair.identity;
