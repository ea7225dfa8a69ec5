/**
 * MicroProfile Health for a hospital's operations: {@code /health/ready} says whether Attune can serve (its
 * database answers), {@code /health/live} whether the process is sound; both at the server's root, as Payara serves
 * them.
 */
package org.attune.web.health;
