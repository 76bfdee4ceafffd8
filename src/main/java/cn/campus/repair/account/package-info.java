/**
 * People and how they prove who they are: accounts with one role each, SMS-code and password login,
 * bearer tokens kept in the shared database (so any node accepts them and logout ends them; each
 * node remembers the tokens it checked in the last second), the profile, staff creation, and the
 * first admin of a new installation (no known password).
 */
package cn.campus.repair.account;
