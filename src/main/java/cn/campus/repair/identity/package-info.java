/**
 * Our accounts as Camunda's identities, read-only: Tasklist, Cockpit and the engine see the people
 * of {@code app_user} with the same phone and password as in the mini program, in the groups their
 * role gives them, so there is no second account to keep in step. Also the authorizations the
 * webapps need for those groups.
 */
package cn.campus.repair.identity;
